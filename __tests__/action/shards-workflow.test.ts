// The README's two-job workflow (a matrix of quiet shards, then a report job) is a valid workflow
// by GitHub's own parser, and it wires what `mode: report` needs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Inputs } from '../../src/action/constants.ts'
import { ROOT } from '../../__fixtures__/action-runner.ts'
import { parseWorkflowFile } from '../../__fixtures__/workflow-parser.ts'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  if?: string
  permissions?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown> }
  steps: Step[]
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1] ?? '')
  .find((text) => /mode: report/.test(text))

void test("the README's matrix + report workflow parses and wires mode: report", async () => {
  assert.ok(block, 'the README shows a workflow with mode: report')
  const { errors } = await parseWorkflowFile('shards.yml', block)
  assert.deepEqual(errors, [])

  const jobs = (parse(block) as { jobs: Record<string, Job> }).jobs
  const action = (job: Job): Step | undefined =>
    job.steps.find((s) => s.uses?.startsWith('chaos-action/chaos-action@'))
  const entries = Object.entries(jobs)
  const shards = entries.find(([, job]) => action(job)?.with?.[Inputs.Shard] !== undefined)
  const report = entries.find(([, job]) => action(job)?.with?.[Inputs.Mode] === 'report')
  assert.ok(shards && report, 'a matrix job with shard and a report job')
  const [shardName, shardJob] = shards
  const [, reportJob] = report

  const shardWith = action(shardJob)!.with!
  assert.match(String(shardWith[Inputs.Shard]), /^\$\{\{ matrix\.shard \}\}\/3$/)
  assert.deepEqual(shardJob.strategy?.matrix?.shard, [1, 2, 3], 'three legs, as the shard says')
  assert.equal(shardWith[Inputs.Comment], 'never', 'the legs do not comment')

  // After every leg, even a failed one, with the token permissions the merge needs.
  assert.deepEqual([reportJob.needs].flat(), [shardName])
  assert.match(reportJob.if ?? '', /always\(\)/)
  assert.equal(
    reportJob.permissions?.actions,
    'read',
    'listing the run artifacts needs actions: read'
  )
  assert.equal(reportJob.permissions?.['pull-requests'], 'write')

  const declared = new Set<string>(Object.values(Inputs))
  for (const job of [shardJob, reportJob]) {
    for (const key of Object.keys(action(job)?.with ?? {})) {
      assert.ok(declared.has(key), `the README passes '${key}', which action.yml does not declare`)
    }
  }
})
