/**
 * Every fenced `sh` block of the README marked `<!-- runnable -->` (on the line before the fence)
 * runs as printed: in bash with -e, at the root of a copy of the clone (its entries symlinked, so
 * outputs land in the copy), in a private network namespace with only loopback up (port 8080 is
 * the block's own, whoever else on the machine holds it), bounded in time. Whatever the block
 * leaves running is stopped with SIGTERM, then SIGKILL, through its process group.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, stat, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BLOCK_TIMEOUT_MS = 120_000
const MARKER = '<!-- runnable -->'

export interface RunnableBlock {
  /** 1-based line of the opening fence. */
  line: number
  script: string
}

/** The `sh` blocks whose fence follows the marker line directly. */
export function runnableBlocks(markdown: string): RunnableBlock[] {
  const lines = markdown.split('\n')
  const blocks: RunnableBlock[] = []
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]?.trim() !== '```sh' || lines[i - 1]?.trim() !== MARKER) continue
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```')
    assert.ok(end > i, `README.md:${i + 1}: runnable block is never closed`)
    blocks.push({ line: i + 1, script: lines.slice(i + 1, end).join('\n') })
  }
  return blocks
}

const canIsolate =
  process.getuid?.() === 0 &&
  spawnSync('unshare', ['--net', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0

interface Outcome {
  code: number | null
  output: string
}

/** Runs one block; kills its whole process group when it ends or overruns. */
function runBlock(cwd: string, script: string): Promise<Outcome> {
  const env = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`
  }
  const inner = `ip link set lo up && exec bash -e -c ${shellQuote(script)}`
  const child = spawn('unshare', ['--net', 'bash', '-c', inner], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // The group is gone already.
    }
  }
  const overrun = setTimeout(() => killGroup('SIGKILL'), BLOCK_TIMEOUT_MS)
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(overrun)
      // What the block left in the background (e.g. a service whose `kill` never ran).
      killGroup('SIGTERM')
      const last = setTimeout(() => killGroup('SIGKILL'), 5_000)
      last.unref()
      // stdout/stderr may be held open by those leftovers; their end is not awaited.
      setImmediate(() => resolve({ code, output }))
    })
  })
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

describe(
  'README examples marked runnable',
  { skip: !canIsolate && 'needs root and unshare --net' },
  () => {
    let copy = ''
    before(async () => {
      copy = await mkdtemp(join(tmpdir(), 'chaos-readme-'))
      for (const entry of await readdir(ROOT)) {
        if (entry === '.git' || entry === 'chaos-journals') continue
        await symlink(join(ROOT, entry), join(copy, entry))
      }
    })
    after(async () => {
      if (copy) await rm(copy, { recursive: true, force: true })
    })

    it('finds the blocks (the CLI section has one)', async () => {
      const blocks = runnableBlocks(await readFile(join(ROOT, 'README.md'), 'utf8'))
      assert.ok(blocks.length >= 1)
      assert.ok(blocks.some((b) => b.script.includes('npx chaos-action run experiments/')))
    })

    it('runs every runnable block as printed, exit 0, with the outputs it names', async () => {
      // The blocks run the built CLI (npx -> dist/cli.js), as a clone does after `npm run demo`.
      const help = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--help'], {
        encoding: 'utf8',
        timeout: 30_000
      })
      assert.match(help.stdout, /sample-service/, 'dist/ is stale: run npm run build first')
      const blocks = runnableBlocks(await readFile(join(ROOT, 'README.md'), 'utf8'))
      for (const block of blocks) {
        const { code, output } = await runBlock(copy, block.script)
        assert.equal(code, 0, `README.md:${block.line} failed:\n${output}`)
        assert.doesNotMatch(
          output,
          /ECONNREFUSED|not-steady|internal error/,
          `README.md:${block.line}`
        )
      }
      // The CLI block's outputs, written where it says.
      for (const file of ['report.md', 'junit.xml', 'chaos-journals']) {
        assert.ok(await stat(join(copy, file)), `${file} written`)
      }
      const report = await readFile(join(copy, 'report.md'), 'utf8')
      assert.match(report, /passed/)
    })
  }
)
