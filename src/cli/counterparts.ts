/**
 * How the two front doors name the same option, and the options only one of them has (with why).
 * The CLI uses INPUT_TO_FLAG to name options in messages; __tests__/session/parity.test.ts walks
 * every flag and every input of action.yml against these tables.
 */

/** Action input -> CLI flag, where the names differ. Same-named options need no entry. */
export const INPUT_TO_FLAG: Readonly<Record<string, string>> = {
  vars: 'var',
  'var-files': 'var-file',
  'timeout-minutes': 'timeout',
  'dry-run': 'dry',
  'junit-path': 'junit',
  'html-report': 'html',
  // Added by the tunnel work on both sides under one name.
  'port-forward': 'port-forward'
}

/** Inputs with no flag, and why. */
export const ACTION_ONLY_INPUTS: Readonly<Record<string, string>> = {
  experiments: 'the CLI takes the paths and patterns as operands',
  mode: 'the CLI names the mode as a command: chaos-action report <dirs...> merges shards',
  comment: 'pull request comments are a GitHub feature',
  'github-token': 'GitHub API access',
  'artifact-name': 'artifacts are a GitHub feature',
  'check-runs': 'check runs are a GitHub feature'
}

/** Flags with no input, and why. */
export const CLI_ONLY_FLAGS: Readonly<Record<string, string>> = {
  json: 'the action sets the summary-json output and writes summary.json',
  report: 'the action always writes report.md into the journal dir (the report-path output)',
  quiet: 'the runner log has its own levels (RUNNER_DEBUG)',
  verbose: 'the runner log has its own levels (RUNNER_DEBUG)',
  help: 'a terminal affordance'
}

/** How the CLI spells an option in messages, given its action input name. */
export function flagFor(input: string): string {
  return `--${INPUT_TO_FLAG[input] ?? input}`
}
