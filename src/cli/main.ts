/**
 * The `chaos-action` command line: dispatch, help, version and error reporting. The engine is
 * imported only by the commands that need it, so `--version` and `--help` stay fast.
 *
 * Exit status: 0 when no experiment fails the --fail-on policy (or all are valid), 1 when one
 * does (interrupted runs included, after their journals are written), a report is missing, or an
 * internal error, 2 bad usage, a missing file or an invalid experiment. 130 is never used.
 */
import {
  ExperimentValidationError,
  InternalError,
  UserError,
  formatIssue
} from '../engine/errors.ts'
import { stripControls } from '../engine/logger.ts'
import { VERSION } from '../version.ts'
import { EXIT_NOT_PASSED, EXIT_PASSED, EXIT_USAGE, processIo, type CliIo } from './io.ts'
import { COMMANDS, commandHelp, isCommand, mainHelp, parseCommand } from './options.ts'

export { EXIT_NOT_PASSED, EXIT_PASSED, EXIT_USAGE, processIo } from './io.ts'
export type { CliIo } from './io.ts'

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    return reportError(error, io)
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout(`${VERSION}\n`)
    return EXIT_PASSED
  }
  if (first === undefined) {
    io.stderr(mainHelp())
    return EXIT_USAGE
  }
  // A command of its own, with its own options: the sample service the README's examples probe.
  if (first === 'sample-service' || (first === 'help' && rest[0] === 'sample-service')) {
    const command = await import('./sample-service-command.ts')
    if (first === 'help' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.SAMPLE_SERVICE_HELP)
      return EXIT_PASSED
    }
    return command.sampleServiceCommand(rest, io)
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined
    io.stdout(isCommand(topic) ? commandHelp(topic) : mainHelp())
    return EXIT_PASSED
  }
  if (!isCommand(first)) {
    const reason = first.startsWith('-')
      ? `unknown option ${first}`
      : `unknown command ${JSON.stringify(first)}`
    throw new UserErrorUsage(`${reason}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`)
  }
  // --help wins over every other problem on the line, as users expect.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(first))
    return EXIT_PASSED
  }
  const parsed = parseCommand(first, rest)
  switch (parsed.command) {
    case 'run': {
      const { runCommand } = await import('./run-command.ts')
      return runCommand(parsed, io)
    }
    case 'validate': {
      const { validateCommand } = await import('./validate-command.ts')
      return validateCommand(parsed, io)
    }
    case 'list': {
      const { listCommand } = await import('./list-command.ts')
      return listCommand(parsed, io)
    }
    case 'report': {
      const { reportCommand } = await import('./report-command.ts')
      return reportCommand(parsed, io)
    }
  }
}

/** A usage error raised before a command is known: advice points at the main help. */
class UserErrorUsage extends UserError {
  constructor(message: string) {
    super(message, { code: 'CHAOS_USAGE', advice: 'see chaos-action --help' })
  }
}

export function reportError(error: unknown, terminal: CliIo): number {
  // Messages quote experiment text: no escape sequence of theirs reaches the terminal.
  const io = { stderr: (text: string) => terminal.stderr(stripControls(text)) }
  if (error instanceof ExperimentValidationError) {
    const files = new Set(error.issues.map((i) => i.location?.file ?? '?'))
    const count = error.issues.length
    io.stderr(
      `error: ${count} problem${count === 1 ? '' : 's'} in ${files.size} experiment file${files.size === 1 ? '' : 's'}:\n`
    )
    for (const issue of error.issues) io.stderr(`${formatIssue(issue)}\n`)
    if (error.advice) io.stderr(`hint: ${error.advice}\n`)
    return EXIT_USAGE
  }
  if (error instanceof UserError) {
    io.stderr(`error: ${error.message}\n`)
    if (error.advice) io.stderr(`hint: ${error.advice}\n`)
    return EXIT_USAGE
  }
  const message = error instanceof Error ? error.message : String(error)
  const text =
    error instanceof InternalError
      ? message
      : `internal error (a bug in chaos-action, please report it): ${message}`
  io.stderr(`${text}\n`)
  if (process.env.CHAOS_ACTION_DEBUG && error instanceof Error && error.stack) {
    io.stderr(`${error.stack}\n`)
  }
  return EXIT_NOT_PASSED
}
