/**
 * The one place secret values are taken out of what the run writes: log lines, journals, reports,
 * comments. Every output is derived from text or data that went through a SecretMasker.
 *
 * Rules (see the README's "Secrets and untrusted text"):
 * - Structured data (`maskDeep`): a value equal to a secret is replaced whole, whatever its type
 *   or length (strings, numbers, booleans), in object keys as in values; strings are also masked
 *   as free text.
 * - Free text (`mask`): every occurrence of a secret of 3 characters or more, as it is written
 *   and in its URL-encoded and JSON-escaped forms; a shorter secret where it stands alone (the
 *   whole text, or a token not touching a letter, digit or `_`), never inside a longer word.
 *   Overlapping and nested occurrences are merged, so the longest stretch is masked as one.
 * - Booleans and null are only ever masked as whole values: `true` in a sentence is not a secret.
 * What cannot be masked: a secret transformed before it reaches us (base64, hashes, other
 * encodings, a value split across two writes or two strings).
 */

export const MASK = '***'

/** Secrets shorter than this are masked as whole values and tokens only, never inside words. */
export const MIN_SUBSTRING_SECRET = 3

const WORD_CHAR = /[\p{L}\p{N}_]/u

export class SecretMasker {
  /** Text forms masked wherever they occur (3+ characters). */
  readonly #substrings = new Set<string>()
  /** Text forms masked as whole values or whole tokens only (1 or 2 characters). */
  readonly #tokens = new Set<string>()
  /** Texts masked when a whole string equals them (every form of every secret). */
  readonly #whole = new Set<string>()
  /** Non-string scalars masked when a value equals them (numbers, booleans). */
  readonly #scalars = new Set<number | bigint | boolean>()
  #version = 0

  /** Registers a secret: a string, number or boolean, or every leaf of an array or object. */
  add(value: unknown): void {
    if (typeof value === 'string') this.#addText(value)
    else if (typeof value === 'number' || typeof value === 'bigint') {
      if (typeof value === 'number' && !Number.isFinite(value)) return
      this.#scalars.add(value)
      this.#addText(String(value))
    } else if (typeof value === 'boolean') {
      this.#scalars.add(value)
      // Whole values only: the words must stay readable everywhere else.
      this.#whole.add(String(value))
      this.#whole.add(value ? 'True' : 'False')
      this.#version++
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v)
    } else if (value !== null && typeof value === 'object') {
      for (const v of Object.values(value)) this.add(v)
    }
  }

  #addText(text: string): void {
    if (text === '') return
    for (const form of textForms(text)) {
      this.#whole.add(form)
      if (form.length >= MIN_SUBSTRING_SECRET) this.#substrings.add(form)
      else this.#tokens.add(form)
    }
    this.#version++
  }

  /** How many distinct secret forms are known (0: masking is a no-op). */
  get size(): number {
    return this.#whole.size + this.#scalars.size
  }

  #sortedCache: { version: number; substrings: string[]; tokens: string[] } | undefined
  #sorted(): { substrings: string[]; tokens: string[] } {
    if (this.#sortedCache?.version !== this.#version) {
      const byLength = (a: string, b: string): number => b.length - a.length
      this.#sortedCache = {
        version: this.#version,
        substrings: [...this.#substrings].sort(byLength),
        tokens: [...this.#tokens].sort(byLength)
      }
    }
    return this.#sortedCache
  }

  /** Free text with every secret replaced by `***` (see the rules above). */
  mask(text: string): string {
    if (this.size === 0 || text === '') return text
    if (this.#whole.has(text)) return MASK
    const { substrings, tokens } = this.#sorted()
    const spans: [number, number][] = []
    for (const secret of substrings) {
      for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
        spans.push([at, at + secret.length])
      }
    }
    for (const secret of tokens) {
      for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
        const end = at + secret.length
        if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? ''))
          spans.push([at, end])
      }
    }
    if (spans.length === 0) return text
    return replaceSpans(text, spans)
  }

  /** A copy of a JSON-like value with every secret masked, keys included (see the rules above). */
  maskDeep<T>(value: T): T {
    if (this.size === 0) return value
    return this.#maskValue(value) as T
  }

  /** Whether a scalar is, as a whole, a secret value. */
  isSecret(value: unknown): boolean {
    if (typeof value === 'string') return this.#whole.has(value)
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
      return (
        this.#scalars.has(value) || (typeof value !== 'boolean' && this.#whole.has(String(value)))
      )
    return false
  }

  #maskValue(value: unknown): unknown {
    if (typeof value === 'string') return this.mask(value)
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
      return this.isSecret(value) ? MASK : value
    if (Array.isArray(value)) return value.map((v) => this.#maskValue(v))
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([key, v]) => [key, this.mask(key), v] as const)
      // A masked key must not overwrite another key, masked or not: it gets a number.
      const taken = new Set(entries.filter(([key, name]) => key === name).map(([key]) => key))
      const out: Record<string, unknown> = {}
      for (const [key, masked, v] of entries) {
        let name = masked
        if (key !== masked) {
          for (let n = 2; taken.has(name); n++) name = `${masked}${n}`
          taken.add(name)
        }
        out[name] = this.#maskValue(v)
      }
      return out
    }
    return value
  }
}

/** The ways a secret is commonly written into text without being transformed. */
function textForms(secret: string): string[] {
  const forms = new Set([secret])
  const json = JSON.stringify(secret).slice(1, -1)
  forms.add(json)
  try {
    forms.add(encodeURIComponent(secret))
  } catch {
    // A lone surrogate cannot be URL-encoded; the raw form is still masked.
  }
  return [...forms]
}

/** Replaces each stretch covered by one or more spans with a single `***`. */
function replaceSpans(text: string, spans: [number, number][]): string {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let out = ''
  let cursor = 0
  let index = 0
  while (index < spans.length) {
    const first = spans[index] as [number, number]
    let end = first[1]
    index++
    while (index < spans.length && (spans[index] as [number, number])[0] <= end) {
      end = Math.max(end, (spans[index] as [number, number])[1])
      index++
    }
    out += text.slice(cursor, first[0]) + MASK
    cursor = end
  }
  return out + text.slice(cursor)
}
