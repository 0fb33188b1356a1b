#!/usr/bin/env node
// The `chaos-action` binary. Logic lives in ./cli/; this file checks the Node.js version, then loads
// the CLI and sets the exit status. Everything it imports statically must load on an old Node too
// (no Node-24-only named imports here), so an old Node gets one line instead of a SyntaxError.
import { mkdirSync, statSync } from 'node:fs'
import * as nodeModule from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unsupportedNodeMessage } from './node-version.ts'

const unsupported = unsupportedNodeMessage(process.versions.node)
if (unsupported) {
  process.stderr.write(`${unsupported}\n`)
  process.exit(2)
}

/**
 * V8's compiled code for our bundle, kept between runs: start-up is most of a short run's time.
 * Enabled before main imports the command and engine modules (the bulk of the code), so they are
 * the ones cached. Under the temp dir the directory must be ours and private: cached code from
 * another user would run as ours.
 */
function compileCache(): void {
  try {
    const enableCompileCache = nodeModule.enableCompileCache
    const configured = process.env.CHAOS_CACHE_DIR
    if (configured) {
      enableCompileCache(configured)
      return
    }
    const uid = process.getuid?.()
    const dir = join(tmpdir(), `chaos-action-compile-cache${uid === undefined ? '' : `-${uid}`}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const info = statSync(dir)
    if ((uid !== undefined && info.uid !== uid) || (info.mode & 0o022) !== 0) return
    enableCompileCache(dir)
  } catch {
    // A cache is an optimisation: an unwritable directory must not stop the CLI.
  }
}

compileCache()

const { main } = await import('./cli/main.ts')
const code = await main(process.argv.slice(2))
process.exitCode = code
// A leaked socket or timer must not keep a finished run alive; stdout is flushed by then.
setTimeout(() => process.exit(code), 2000).unref()
