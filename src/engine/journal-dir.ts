/**
 * The journal directory, checked before anything runs: a run whose journals cannot be written
 * has no evidence, so it must not start (and must not end green).
 */
import { constants } from 'node:fs'
import { mkdir, open, statfs, unlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { UserError, errorMessage } from './errors.ts'
import { journalFileName } from './journal.ts'

/** Pseudo filesystems: nothing written there is kept, and Node's recursive mkdir spins on /proc. */
const PSEUDO_FILESYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2']
])

export class JournalDirError extends UserError {
  constructor(message: string, cause?: unknown) {
    super(message, {
      code: 'CHAOS_JOURNAL_DIR',
      advice:
        'Give --journal-dir (the `journal-dir` input) a writable directory, e.g. chaos-journals.',
      cause
    })
    this.name = 'JournalDirError'
  }
}

/** The nearest ancestor of `path` that exists (itself when it does), bounded by the root. */
async function nearestExisting(path: string): Promise<{ path: string; type: number }> {
  let current = path
  for (let i = 0; i < 256; i++) {
    try {
      return { path: current, type: Number((await statfs(current)).type) }
    } catch {
      const parent = dirname(current)
      if (parent === current) break
      current = parent
    }
  }
  return { path: current, type: 0 }
}

/**
 * Creates `dir` if needed and proves a journal can be written there, under the longest name the
 * run will use (`files` are the experiment files). Throws a JournalDirError saying why not:
 * a pseudo filesystem (/proc), a file in the way, no permission, a name too long.
 */
export async function prepareJournalDir(dir: string, files: readonly string[] = []): Promise<void> {
  const absolute = resolve(dir)
  const existing = await nearestExisting(absolute)
  const pseudo = PSEUDO_FILESYSTEMS.get(existing.type)
  if (pseudo !== undefined || /^\/(proc|sys)(\/|$)/.test(absolute)) {
    throw new JournalDirError(
      `cannot write journals to ${absolute}: it is on a ${pseudo ?? 'pseudo'} filesystem, where nothing is kept`
    )
  }
  try {
    await mkdir(absolute, { recursive: true })
  } catch (error) {
    throw new JournalDirError(
      `cannot create the journal directory ${absolute}: ${reason(error)}`,
      error
    )
  }
  const names = files.map((f) => journalFileName(f))
  const longest = names.reduce((a, b) => (b.length > a.length ? b : a), 'x.journal.json')
  const probe = join(absolute, longest)
  try {
    // Append mode: an existing journal (this run overwrites it anyway) is left as it is.
    const handle = await open(
      probe,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
    ).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
      await (await open(probe, 'a')).close()
      return undefined
    })
    if (handle !== undefined) {
      await handle.close()
      await unlink(probe)
    }
  } catch (error) {
    throw new JournalDirError(`cannot write a journal in ${absolute}: ${reason(error)}`, error)
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way (not a directory)'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the filesystem is read-only'
    case 'ENAMETOOLONG':
      return 'the path or a journal file name is too long'
    case 'ENOSPC':
      return 'no space left on the device'
    default:
      return errorMessage(error)
  }
}
