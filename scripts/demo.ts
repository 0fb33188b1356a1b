// `npm run demo`: the sample service (alone, then behind the fault-injecting proxy under load),
// the examples, the summary table, the journals and the HTML and markdown reports, on loopback
// only. Exits 0 when the verdicts are the expected ones (two passed, two deviated).
import { runDemo } from '../src/demo/run-demo.ts'

const result = await runDemo()
process.exitCode = result.ok ? 0 : 1
