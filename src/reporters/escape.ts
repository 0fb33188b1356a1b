/**
 * Escaping for text that comes from experiments or from the services they probe: titles, probe
 * names, messages, response bodies. None of it may change the structure of a report, ping people or
 * inject terminal control sequences.
 */

// C0/C1 controls except tab and newline: they corrupt terminals and are invalid in XML 1.0.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Cuts `text` to at most `max` code points, marking the cut with an ellipsis. Reads at most `max`
 * + 1 code points, so a megabyte of text costs no more than a line.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  const keep = Math.max(0, max - 1)
  // The usual case: no surrogate in the first `max` units, which are then `max` whole points.
  if (!/[\ud800-\udfff]/.test(text.slice(0, max))) return text.slice(0, keep) + '…'
  let points = 0
  let cutAt = 0
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    i += pair ? 2 : 1
    points++
    if (points === keep) cutAt = i
    if (points > max) return text.slice(0, cutAt) + '…'
  }
  return text
}

/**
 * `oneLine` cut to `max` characters; only a bounded prefix is scanned, so megabytes of output
 * cost no more than a line.
 */
export function oneLineCut(text: string, max: number): string {
  return truncateText(oneLine(truncateText(text, max * 4)), max)
}

/** One line: newlines and other whitespace runs become single spaces, controls are dropped. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim()
}

/**
 * Stops GitHub from turning text into notifications, cross-references or links: `@org/team` and
 * `@user` (and so e-mail addresses) get a zero-width space after the `@`, `#123` after the `#`,
 * `https://` and other `scheme://` after the colon, `www.` before its dot.
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, '$1:\u200b')
    .replace(/\b(www)\./gi, '$1\u200b.')
    .replace(/\b(mailto|xmpp):/gi, '$1\u200b:')
}

/** For HTML contexts of GitHub markdown (`<summary>`), where markdown is not interpreted. */
export function escapeHtml(text: string): string {
  // Mentions first: the entities below contain `#` followed by digits.
  return neutralizeMentions(oneLine(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/`/g, '&#96;')
}

/**
 * For inline markdown (table cells, paragraphs): one line, HTML entities for `<>&`, backslash
 * before every character that could start markdown syntax (including `|`, which would split a
 * table cell, and backticks, which would open a code span), and before a leading `-`, `=` or
 * `1.` that would start a list, a rule or a heading; mentions and autolinks neutralised.
 */
export function escapeMarkdown(text: string): string {
  return (
    neutralizeMentions(oneLine(text))
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()#+!|~$]/g, (c) => `\\${c}`)
      // What would open a block where the text starts a line: a list item, a rule, a heading.
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^([-=])/, '\\$1')
  )
}

/** Text inside XML elements and attributes; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(CONTROL_CHARS, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Text for a terminal: no escape sequences or other controls, tabs and newlines kept. */
export function sanitizeTerminal(text: string): string {
  return text.replace(CONTROL_CHARS, '')
}

/** A URL for a markdown link target: characters that would end or break the link are %-encoded. */
export function escapeUrl(url: string): string {
  return url.replace(
    /[\s()<>`|\\"']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}
