// The Node.js version the CLI needs, checked before anything else loads: the bundle uses APIs that
// only Node 24 has, and on an older Node it would die with a SyntaxError naming none of this.
// This module and src/cli.ts are loaded by whatever Node runs the binary, so they use nothing newer
// than what Node 14 parses and provides.

export const REQUIRED_NODE_MAJOR = 24

/** One line telling the user to upgrade, or undefined when `version` ("20.11.1") is new enough. */
export function unsupportedNodeMessage(version: string): string | undefined {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10)
  if (Number.isInteger(major) && major >= REQUIRED_NODE_MAJOR) return undefined
  return (
    `chaos-action needs Node.js ${REQUIRED_NODE_MAJOR} or newer; this is Node.js ${version}. ` +
    `Install Node.js ${REQUIRED_NODE_MAJOR} (for example with nvm, or actions/setup-node with node-version: ${REQUIRED_NODE_MAJOR}) and run it again.`
  )
}
