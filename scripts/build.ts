// Bundles the action entries and the CLI into dist/ (committed; CI checks it is fresh), after
// regenerating the precompiled schema validator the engine imports.
import { build } from 'esbuild'
import { rm, readFile, writeFile } from 'node:fs/promises'
import { GENERATED_VALIDATOR, schemaValidatorSource } from './schema-validator.ts'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

const validator = await schemaValidatorSource()
const current = await readFile(GENERATED_VALIDATOR, 'utf8').catch(() => '')
if (current !== validator) await writeFile(GENERATED_VALIDATOR, validator)

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })

await build({
  entryPoints: { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // Prefer ESM builds: some packages' UMD "main" builds require() files esbuild can't see.
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    __CHAOS_ACTION_VERSION__: JSON.stringify(pkg.version),
    __CHAOS_ACTION_BUNDLED__: 'true'
  },
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle one.
  banner: {
    js: "import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);"
  }
})
