// Prints the CHANGELOG section of a release tag, after checking that the tag, package.json's version
// and the changelog agree. The release workflow publishes nothing when this fails.
//
//   node scripts/release-notes.ts v1.2.3 [--changelog CHANGELOG.md] [--package package.json]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

const TAG = /^v(\d+)\.(\d+)\.(\d+)$/

export class ReleaseCheckError extends Error {}

/** The major tag a release moves: v1.4.2 -> v1. */
export function majorTag(tag: string): string {
  const match = TAG.exec(tag)
  if (!match) throw new ReleaseCheckError(`'${tag}' is not a release tag (expected vX.Y.Z)`)
  return `v${match[1]}`
}

/** The body of `## [version] - date` in a Keep a Changelog file, trimmed; throws when absent or empty. */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/)
  const heading = new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\](\\s|$)`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0) {
    throw new ReleaseCheckError(
      `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' section: move the [Unreleased] entries into one`
    )
  }
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line))
  const body = lines
    .slice(start + 1, next < 0 ? undefined : next)
    .join('\n')
    .trim()
  if (!body) throw new ReleaseCheckError(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

/** Checks tag, package version and changelog agree; returns the release notes. */
export function releaseNotes(tag: string, packageJson: string, changelog: string): string {
  majorTag(tag)
  const version = tag.slice(1)
  const pkg = JSON.parse(packageJson) as { version?: unknown }
  if (pkg.version !== version) {
    throw new ReleaseCheckError(
      `tag ${tag} does not match package.json version ${JSON.stringify(pkg.version)}: set "version" to "${version}"`
    )
  }
  return changelogSection(changelog, version)
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      changelog: { type: 'string', default: 'CHANGELOG.md' },
      package: { type: 'string', default: 'package.json' },
      major: { type: 'boolean', default: false }
    }
  })
  const tag = positionals[0] ?? ''
  try {
    if (values.major) {
      process.stdout.write(`${majorTag(tag)}\n`)
    } else {
      const notes = releaseNotes(
        tag,
        readFileSync(values.package, 'utf8'),
        readFileSync(values.changelog, 'utf8')
      )
      process.stdout.write(`${notes}\n`)
    }
  } catch (error) {
    if (!(error instanceof ReleaseCheckError)) throw error
    process.stderr.write(`release-notes: ${error.message}\n`)
    process.exitCode = 1
  }
}
