#!/usr/bin/env node
// The `chaos-action` binary. Logic lives in ./cli/; this file only sets the exit status.
import { main } from './cli/main.ts'

const code = await main(process.argv.slice(2))
process.exitCode = code
// A leaked socket or timer must not keep a finished run alive; stdout is flushed by then.
setTimeout(() => process.exit(code), 2000).unref()
