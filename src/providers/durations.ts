/** Units of the duration phrases experiments use (`30s`, `10 minutes`, `2h`, `1 day`), in seconds. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800
}

/**
 * Seconds from a duration phrase: `1d`, `30m`, `2 hours`, `5 minutes ago`, or a bare number of
 * seconds (unless `unitRequired`). Undefined when it can't be read.
 */
export function parseDurationSeconds(
  text: string,
  options: { unitRequired?: boolean } = {}
): number | undefined {
  const t = text.trim().toLowerCase()
  if (/^\d+(\.\d+)?$/.test(t)) return options.unitRequired ? undefined : Number(t)
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)(\s+ago)?$/.exec(t)
  const unit = m ? DURATION_UNITS[m[2]!] : undefined
  return m && unit !== undefined ? Number(m[1]) * unit : undefined
}
