// `npm run demo`: the sample service, the examples, the summary table and the journals, on
// loopback only. Exits 0 when the verdicts are the expected ones (one passed, one deviated).
import { runDemo } from '../src/demo/run-demo.ts'

const result = await runDemo()
process.exitCode = result.ok ? 0 : 1
