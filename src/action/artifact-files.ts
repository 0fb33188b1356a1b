/** Which files the run artifact holds: the journal dir, plus the JUnit copy when it lives elsewhere. */
import { readdir } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'

/** Every file under `dir` (the journals, reports and log), relative paths, bounded walk. */
export async function filesUnder(dir: string, limit = 10_000): Promise<string[]> {
  const out: string[] = []
  const walk = async (current: string, depth: number): Promise<void> => {
    if (depth > 16 || out.length >= limit) return
    const entries = await readdir(current, { withFileTypes: true }).catch(() => [])
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, e.name)
      if (e.isDirectory()) await walk(path, depth + 1)
      else if (e.isFile() && out.length < limit) out.push(relative(dir, path))
    }
  }
  await walk(dir, 0)
  return out
}

/** The artifact's content: the whole journal dir, plus the JUnit copy when it lives elsewhere. */
export async function artifactFiles(
  journalDir: string,
  junitPath: string
): Promise<{ root: string; files: string[] }> {
  const files = (await filesUnder(journalDir)).map((f) => join(journalDir, f))
  if (junitPath) {
    const junit = resolve(junitPath)
    const rel = relative(journalDir, junit)
    if (rel.startsWith('..') || isAbsolute(rel)) {
      // Outside the journal dir: the artifact root becomes their common parent.
      const root = commonParent(journalDir, junit)
      return { root, files: [...files, junit] }
    }
  }
  return { root: journalDir, files }
}

function commonParent(a: string, b: string): string {
  const pa = resolve(a).split(/[\\/]/)
  const pb = resolve(b).split(/[\\/]/)
  const common: string[] = []
  for (let i = 0; i < Math.min(pa.length, pb.length - 1) && pa[i] === pb[i]; i++) {
    common.push(pa[i]!)
  }
  return common.join('/') || '/'
}
