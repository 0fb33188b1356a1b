// Every CLI flag has an action input and every action input a CLI flag, under the same name, a
// counterpart in INPUT_TO_FLAG, or on a documented one-side-only list with its reason. Adding an
// option to one front door only fails here until the other has it or the list says why.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse } from 'yaml'
import { ACTION_ONLY_INPUTS, CLI_ONLY_FLAGS, INPUT_TO_FLAG } from '../../src/cli/counterparts.ts'
import { OPTIONS } from '../../src/cli/options.ts'
import { ROOT } from '../helpers/cli.ts'

const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
}
const inputs = new Set(Object.keys(action.inputs))
const flags = new Set(OPTIONS.map((o) => o.name))
const flagOf = (input: string): string => INPUT_TO_FLAG[input] ?? input
const inputOf = new Map(
  [...inputs].map((input) => [flagOf(input), input] as const).filter(([f]) => flags.has(f))
)

test('every action input has a CLI flag or is documented as action-only', () => {
  const missing = [...inputs].filter((i) => !flags.has(flagOf(i)) && !(i in ACTION_ONLY_INPUTS))
  assert.deepEqual(missing, [], 'inputs with no flag: add the flag, or to ACTION_ONLY_INPUTS')
})

test('every CLI flag has an action input or is documented as CLI-only', () => {
  const missing = [...flags].filter((f) => !inputOf.has(f) && !(f in CLI_ONLY_FLAGS))
  assert.deepEqual(missing, [], 'flags with no input: add the input, or to CLI_ONLY_FLAGS')
})

test('the tables name real options, and nothing is both paired and one-sided', () => {
  for (const input of Object.keys(ACTION_ONLY_INPUTS)) {
    assert.ok(inputs.has(input), `ACTION_ONLY_INPUTS names '${input}', not an input`)
    assert.ok(!flags.has(flagOf(input)), `'${input}' is action-only but --${flagOf(input)} exists`)
  }
  for (const flag of Object.keys(CLI_ONLY_FLAGS)) {
    assert.ok(flags.has(flag), `CLI_ONLY_FLAGS names --${flag}, not a flag`)
    assert.ok(!inputOf.has(flag), `--${flag} is CLI-only but an input maps to it`)
  }
  // A counterpart may be announced before either side exists (port-forward), but once one side
  // exists the other must too.
  for (const [input, flag] of Object.entries(INPUT_TO_FLAG)) {
    assert.equal(
      inputs.has(input),
      flags.has(flag),
      `${input} <-> --${flag}: only one side exists (input ${inputs.has(input)}, flag ${flags.has(flag)})`
    )
  }
  assert.ok('port-forward' in INPUT_TO_FLAG, 'port-forward is a known counterpart')
})
