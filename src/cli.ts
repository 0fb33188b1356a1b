#!/usr/bin/env node
// The `chaos-action` binary. Logic lives in ./cli/; this file only sets the exit status.
import { enableCompileCache } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// V8's compiled code for our bundle, kept between runs: start-up is most of a short run's time.
// Enabled before the CLI's modules are imported, so they are the ones cached.
try {
  enableCompileCache(process.env.CHAOS_CACHE_DIR || join(tmpdir(), 'chaos-action-compile-cache'))
} catch {
  // A cache is an optimisation: an unwritable directory must not stop the CLI.
}
const { main } = await import('./cli/main.ts')

const code = await main(process.argv.slice(2))
process.exitCode = code
// A leaked socket or timer must not keep a finished run alive; stdout is flushed by then.
setTimeout(() => process.exit(code), 2000).unref()
