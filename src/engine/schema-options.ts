/**
 * How the experiment JSON Schema is compiled, shared by the build (which generates the
 * standalone validator module) and the run-time fallback, so both accept the same documents.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  // Errors carry the failing data and schema: validate.ts words its messages from them.
  verbose: true,
  allowUnionTypes: true,
  strict: true,
  strictRequired: false
} as const

/**
 * Identifies a schema version: the generated validator is used only when it matches. Two FNV-1a
 * passes, not node:crypto, whose load alone would cost a CLI start-up several milliseconds.
 */
export function schemaHash(schema: unknown): string {
  const text = JSON.stringify(schema)
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x811c9dc5) ^ (b >>> 15)
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0')
  return `${hex(a)}${hex(b)}-${text.length}`
}
