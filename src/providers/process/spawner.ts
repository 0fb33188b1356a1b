/**
 * A long-lived helper that starts process activities for us. Forking Node (tens of MB mapped)
 * costs ~1.8 ms a spawn here, about twice Python's; a small Perl process forks in a fraction of
 * that. The helper does what child_process.spawn(file, argv, { detached, stdio: [ignore, pipe,
 * pipe] }) does and what chaostoolkit's subprocess.run waits for: a new session, stdin from
 * /dev/null, stdout and stderr read until EOF, then the raw wait status (so a signal is told from
 * an exit code). Perl is part of every Debian/Ubuntu base system and of macOS; where it is missing,
 * or the environment or working directory changed since the helper started, callers spawn.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants as osConstants } from 'node:os'

// One job at a time per helper. Request: hex fields `x<hex>` separated by spaces (file, then
// argv). Replies: `P <pid>` once forked; then `E <errno>` (exec failed) or
// `R <status> <outLen> <errLen>` followed by the bytes of stdout and stderr.
const HELPER = String.raw`
use strict; use POSIX ();
$SIG{PIPE} = 'IGNORE';
binmode STDIN; binmode STDOUT;
sub out { my $d = shift; while (length $d) { my $n = syswrite(STDOUT, $d); exit 0 unless defined $n; substr($d, 0, $n) = ''; } }
out("READY\n");
while (defined(my $line = <STDIN>)) {
  chomp $line;
  my @f = map { pack('H*', substr($_, 1)) } split(/ /, $line);
  my $file = $f[0];
  pipe(my $or, my $ow) or die; pipe(my $er, my $ew) or die; pipe(my $xr, my $xw) or die;
  my $pid = fork();
  if (!defined $pid) { out("F " . ($! + 0) . "\n"); next; }
  if ($pid == 0) {
    close $or; close $er; close $xr;
    POSIX::setsid();
    $SIG{PIPE} = 'DEFAULT';
    open(STDIN, '<', '/dev/null'); open(STDOUT, '>&', $ow); open(STDERR, '>&', $ew);
    close $ow; close $ew;
    { no warnings; exec { $file } @f; }
    syswrite($xw, ($! + 0) . "\n");
    POSIX::_exit(127);
  }
  close $ow; close $ew; close $xw;
  out("P $pid\n");
  my $errno = <$xr>; close $xr;
  if (defined $errno && length $errno) {
    close $or; close $er; waitpid($pid, 0); chomp $errno; out("E $errno\n"); next;
  }
  my ($o, $e) = ('', '');
  my %open = (fileno($or) => [$or, \$o], fileno($er) => [$er, \$e]);
  while (%open) {
    my $rin = ''; vec($rin, $_, 1) = 1 for keys %open;
    my $n = select(my $rout = $rin, undef, undef, undef);
    next if $n < 0;
    for my $fd (keys %open) {
      next unless vec($rout, $fd, 1);
      my $r = sysread($open{$fd}[0], ${$open{$fd}[1]}, 65536, length ${$open{$fd}[1]});
      if (!defined $r) { next if $!{EINTR} || $!{EAGAIN}; }
      if (!$r) { close $open{$fd}[0]; delete $open{$fd}; }
    }
  }
  waitpid($pid, 0);
  out("R $? " . length($o) . " " . length($e) . "\n" . $o . $e);
}
`

export interface SpawnedJob {
  /** Resolves with the pid once forked (the process group to signal), or undefined if it never ran. */
  pid: Promise<number | undefined>
  /** Exit code, or null with the signal that ended it; stdout/stderr as bytes. */
  result: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: Buffer }>
}

const ERRNO_NAMES = new Map(
  Object.entries(osConstants.errno as Record<string, number>).map(([name, n]) => [n, name])
)
const SIGNAL_NAMES = new Map(
  Object.entries(osConstants.signals as Record<string, number>).map(([name, n]) => [
    n,
    name as NodeJS.Signals
  ])
)

/** The error child_process.spawn emits for a failed exec, as near as we can make it. */
function spawnError(file: string, argv: readonly string[], errno: number): Error {
  const code = ERRNO_NAMES.get(errno) ?? `E${errno}`
  return Object.assign(new Error(`spawn ${file} ${code}`), {
    errno: -errno,
    code,
    syscall: `spawn ${file}`,
    path: file,
    spawnargs: [...argv]
  })
}

const hex = (s: string): string => `x${Buffer.from(s, 'utf8').toString('hex')}`

interface Pending {
  file: string
  argv: readonly string[]
  onPid(pid: number | undefined): void
  resolve: (value: Awaited<SpawnedJob['result']>) => void
  reject: (error: Error) => void
}

class Helper {
  readonly child: ChildProcess
  readonly ready: Promise<boolean>
  #buffer = Buffer.alloc(0)
  #pending: Pending | undefined
  #dead = false
  #onReady: ((ok: boolean) => void) | undefined

  constructor(env: NodeJS.ProcessEnv, cwd: string) {
    this.ready = new Promise((resolve) => (this.#onReady = resolve))
    this.child = spawn('perl', ['-e', HELPER], {
      env,
      cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
      // Its own session: a Ctrl-C meant for us must not kill it mid-job (we stop jobs ourselves).
      detached: true
    })
    this.child.on('error', () => this.#die(new Error('the process helper could not start')))
    this.child.on('exit', () => this.#die(new Error('the process helper exited')))
    this.child.stdin?.on('error', () => undefined)
    this.child.stdout?.on('data', (chunk: Buffer) => this.#data(chunk))
    this.idle()
  }

  get dead(): boolean {
    return this.#dead
  }

  /** Idle helpers must not keep the CLI alive. */
  idle(): void {
    this.child.unref()
    ;(this.child.stdout as unknown as { unref?: () => void } | null)?.unref?.()
    ;(this.child.stdin as unknown as { unref?: () => void } | null)?.unref?.()
  }

  #busy(): void {
    this.child.ref()
    ;(this.child.stdout as unknown as { ref?: () => void } | null)?.ref?.()
  }

  run(job: Pending): void {
    this.#pending = job
    this.#busy()
    this.child.stdin?.write(`${[job.file, ...job.argv.slice(1)].map(hex).join(' ')}\n`)
  }

  close(): void {
    this.child.stdin?.end()
  }

  #die(error: Error): void {
    if (this.#dead) return
    this.#dead = true
    this.#onReady?.(false)
    const job = this.#pending
    this.#pending = undefined
    if (job) {
      job.onPid(undefined)
      job.reject(error)
    }
  }

  #data(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk])
    for (;;) {
      const nl = this.#buffer.indexOf(10)
      if (nl < 0) return
      const head = this.#buffer.subarray(0, nl).toString('latin1').split(' ')
      const job = this.#pending
      if (head[0] === 'R') {
        const outLen = Number(head[2])
        const errLen = Number(head[3])
        if (this.#buffer.length < nl + 1 + outLen + errLen) return
        const body = this.#buffer.subarray(nl + 1)
        const stdout = Buffer.from(body.subarray(0, outLen))
        const stderr = Buffer.from(body.subarray(outLen, outLen + errLen))
        this.#buffer = Buffer.from(body.subarray(outLen + errLen))
        const status = Number(head[1])
        this.#finish()
        const termSignal = status & 0x7f
        job?.resolve(
          termSignal === 0
            ? { code: (status >> 8) & 0xff, signal: null, stdout, stderr }
            : { code: null, signal: SIGNAL_NAMES.get(termSignal) ?? null, stdout, stderr }
        )
        continue
      }
      this.#buffer = this.#buffer.subarray(nl + 1)
      if (head[0] === 'READY') this.#onReady?.(true)
      else if (head[0] === 'P') job?.onPid(Number(head[1]))
      else if (head[0] === 'E' || head[0] === 'F') {
        this.#finish()
        if (head[0] === 'F') job?.onPid(undefined)
        job?.reject(spawnError(job.file, job.argv, Number(head[1])))
      }
    }
  }

  #finish(): void {
    this.#pending = undefined
    this.idle()
    release(this)
  }
}

const MAX_HELPERS = 8
let pool: Helper[] = []
let free: Helper[] = []
let envSnapshot: Map<string, string> | undefined
let cwdSnapshot: string | undefined
let disabled = process.platform === 'win32' || process.env.CHAOS_PROCESS_HELPER === '0'

function release(helper: Helper): void {
  if (!helper.dead && pool.includes(helper)) free.push(helper)
}

function sameEnvironment(): boolean {
  if (envSnapshot === undefined || cwdSnapshot !== process.cwd()) return false
  let count = 0
  for (const key in process.env) {
    if (envSnapshot.get(key) !== process.env[key]) return false
    count++
  }
  return count === envSnapshot.size
}

/** Stops every helper (they also exit by themselves when we do). */
export function closeHelpers(): void {
  for (const helper of pool) helper.close()
  pool = []
  free = []
}

function startHelper(): Helper {
  if (pool.length === 0) {
    envSnapshot = new Map()
    for (const key in process.env) envSnapshot.set(key, process.env[key] ?? '')
    cwdSnapshot = process.cwd()
  }
  const helper = new Helper(Object.fromEntries(envSnapshot ?? []), cwdSnapshot ?? process.cwd())
  pool.push(helper)
  void helper.ready.then((ok) => {
    if (ok) free.push(helper)
    else {
      // No perl (or it broke): spawn directly from now on.
      pool = pool.filter((h) => h !== helper)
      if (pool.length === 0) disabled = true
    }
  })
  return helper
}

/**
 * Starts `file` with `args` (as child_process.spawn takes them) through a ready helper, or returns undefined when
 * none is ready: the caller spawns itself then (and a helper is being started for next time).
 */
export function spawnWithHelper(file: string, args: readonly string[]): SpawnedJob | undefined {
  if (disabled) return undefined
  if (args.some((a) => a.includes('\0')) || file.includes('\0')) return undefined
  if (pool.length > 0 && !sameEnvironment()) {
    // Helpers carry the environment they started with: retire them, spawn this one ourselves.
    closeHelpers()
  }
  let helper: Helper | undefined
  while ((helper = free.pop()) !== undefined && helper.dead);
  if (helper === undefined) {
    if (pool.length < MAX_HELPERS) startHelper()
    return undefined
  }
  const chosen = helper
  let onPid: (pid: number | undefined) => void = () => undefined
  const pid = new Promise<number | undefined>((resolve) => (onPid = resolve))
  const result = new Promise<Awaited<SpawnedJob['result']>>((resolve, reject) => {
    chosen.run({ file, argv: [file, ...args], onPid, resolve, reject })
  })
  return { pid, result }
}
