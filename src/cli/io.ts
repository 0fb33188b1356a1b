/** Where the commands write, and the exit statuses they return (see EXIT_CODES_HELP). */
export const EXIT_PASSED = 0
export const EXIT_NOT_PASSED = 1
export const EXIT_USAGE = 2

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
}
