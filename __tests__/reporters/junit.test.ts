import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ExperimentResult, Verdict } from '../../src/engine/types.ts'
import { renderJUnit } from '../../src/reporters/junit.ts'

function result(title: string, verdict: Verdict, reason: string): ExperimentResult {
  return {
    file: 'experiments/a&b.yaml',
    title,
    verdict,
    status: verdict === 'failed' ? 'failed' : 'completed',
    deviated: verdict === 'deviated',
    duration: 2.25,
    journalPath: 'chaos-journals/r/a.json',
    journal: {
      'chaoslib-version': '1.44.0',
      platform: 'p',
      node: 'n',
      experiment: { title, description: 'd', method: [], dry: null },
      start: '2026-03-04T05:06:07.123456+00:00',
      status: 'completed',
      deviated: verdict === 'deviated',
      steady_states: { before: null, after: null, during: [] },
      run: [],
      rollbacks: [],
      end: '2026-03-04T05:06:09.123456+00:00',
      duration: 2.25
    },
    steadyBefore: true,
    steadyAfter: verdict === 'passed',
    findings:
      verdict === 'passed'
        ? []
        : [
            {
              phase: 'after',
              activity: 'api <check>',
              kind: 'probe',
              message: 'tolerance 200 not met by 503: "Service Unavailable" & \u0007bell',
              met: false,
              location: { file: 'experiments/a&b.yaml', line: 9, column: 5 }
            }
          ],
    rollbacksRun: ['undo'],
    reason
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'testcase'
})

describe('renderJUnit', () => {
  it('is well-formed XML with one suite and one testcase per experiment', () => {
    const xml = renderJUnit({
      runId: 'run-1',
      duration: 5,
      results: [
        result('passes <fine>', 'passed', 'all met'),
        result('deviates "badly" & loudly\nwith a newline', 'deviated', 'after: <503> & "quotes"'),
        result("crashes 'here'", 'failed', 'probe failed: connection refused')
      ]
    })
    assert.equal(XMLValidator.validate(xml), true)
    const doc = parser.parse(xml) as {
      testsuites: {
        '@tests': string
        '@failures': string
        testsuite: {
          '@name': string
          '@tests': string
          '@failures': string
          '@time': string
          '@timestamp': string
          testcase: {
            '@name': string
            '@classname': string
            '@time': string
            failure?: { '@type': string; '@message': string; '#text': string }
            'system-out'?: string
          }[]
        }
      }
    }
    const suite = doc.testsuites.testsuite
    assert.equal(doc.testsuites['@tests'], '3')
    assert.equal(suite['@name'], 'chaos-action run-1')
    assert.equal(suite['@tests'], '3')
    assert.equal(suite['@failures'], '2')
    assert.equal(suite['@time'], '5.000')
    assert.equal(suite['@timestamp'], '2026-03-04T05:06:07')
    assert.equal(suite.testcase.length, 3)

    const [passed, deviated, failed] = suite.testcase
    assert.equal(passed?.failure, undefined)
    assert.equal(passed?.['@time'], '2.250')
    assert.equal(deviated?.['@classname'], 'experiments/a&b.yaml')
    assert.equal(deviated?.['@name'], 'deviates "badly" & loudly with a newline')
    assert.equal(deviated?.failure?.['@message'], 'after: <503> & "quotes"')
    assert.equal(deviated?.failure?.['@type'], 'deviated')
    assert.equal(failed?.failure?.['@type'], 'failed')
    assert.match(failed?.failure?.['@message'] ?? '', /connection refused/)
    // The raw XML escapes what would break it; the parser hands the text back intact.
    assert.match(xml, /message="after: &lt;503&gt; &amp; &quot;quotes&quot;"/)
    assert.ok(!xml.includes('\u0007'), 'no bell character')
    const body = deviated?.failure?.['#text'] ?? ''
    assert.match(body, /verdict: deviated/)
    assert.match(
      body,
      /\[after\] probe api <check>: tolerance 200 not met by 503: "Service Unavailable" & bell/
    )
    assert.match(body, /\(experiments\/a&b\.yaml:9\)/)
    assert.match(String(passed?.['system-out'] ?? ''), /journal: chaos-journals\/r\/a\.json/)
  })

  it('accepts a bare result list and an empty run', () => {
    assert.equal(XMLValidator.validate(renderJUnit([])), true)
    assert.match(renderJUnit([]), /tests="0" failures="0"/)
    const xml = renderJUnit([result('t', 'interrupted', 'stopped by SIGINT')])
    assert.equal(XMLValidator.validate(xml), true)
    assert.match(xml, /<failure type="interrupted" message="stopped by SIGINT">/)
  })
})
