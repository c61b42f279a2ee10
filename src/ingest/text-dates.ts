/**
 * Dates as news pages write them ("Updated Nov 15, 2015", "15 November 2015 14.32 GMT",
 * "2015-11-15T10:00:00Z", "Published On 15 Nov 2015") → ISO `YYYY-MM-DD`.
 */

import { hasMorePieces } from './text-title.ts'

/** A date found in a text: its ISO form and where it stands. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** Month names and abbreviations → month number. */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}

/** A year, also when glued to the time or date that follows ("20152:35 PM", "201517 Nov 2015"). */
const YEAR = String.raw`(\d{4})(?:(?!\d)|(?=\d{1,2}(?::\d{2}|\s+[A-Za-z])))`

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'

/** One date pattern and how to read year, month and day from its groups. */
interface DatePattern {
  re: RegExp;
  read: (m: RegExpExecArray) => [number, number, number];
}

/** The forms recognised, each a global regex so every occurrence can be found. */
const PATTERNS: readonly DatePattern[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, read: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  { re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'gi'), read: (m) => [num(m[3]), month(m[1]), num(m[2])] },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}`, 'gi'), read: (m) => [num(m[3]), month(m[2]), num(m[1])] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, read: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, read: (m) => [num(m[3]), num(m[2]), num(m[1])] },
]

/** Parses a decimal group (0 when missing). */
function num(group: string | undefined): number {
  return group ? Number.parseInt(group, 10) : 0
}

/** Reads a month name or abbreviation (0 when unknown). */
function month(group: string | undefined): number {
  return MONTHS[(group ?? '').toLowerCase()] ?? 0
}

/** `YYYY-MM-DD` when the parts make a real calendar date in a plausible range, else null. */
export function isoDate(year: number, monthNumber: number, day: number): string | null {
  if (year < 1900 || year > 2200 || monthNumber < 1 || monthNumber > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, monthNumber - 1, day))
  if (date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/** The first date (by position) written in the text, if any. */
export function findDate(text: string): FoundDate | null {
  if (!/\d/.test(text)) return null
  let best: FoundDate | null = null
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const iso = isoDate(...read(m))
      if (iso && (!best || m.index < best.start)) best = { iso, start: m.index, end: m.index + m[0].length }
      if (iso) break
    }
  }
  return best
}

/** ISO date of a free-form date value (front matter, metadata), or null. */
export function toIsoDate(value: string): string | null {
  return findDate(value)?.iso ?? null
}

/** Words that may surround a date on a date line without being content. */
const DATE_LINE_FILLER = new RegExp(
  [
    '\\b(?:first\\s+|last\\s+)?(?:updated|published|posted|modified|created|date|dated|issued|released)\\b(?:\\s+on)?',
    '\\b(?:on|at|as of|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|cst|cdt|aest|aedt|ist|msk|eet|eest|ast|local time|time)\\b',
    '\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?',
    '\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?',
    '\\b\\d{1,2}\\s*[ap]\\.?m\\.?',
    '[+-]\\d{2}:?\\d{2}\\b',
    '\\b\\d+\\s+(?:min(?:ute)?s?|hours?)\\s+(?:ago|read)\\b',
    '\\bago\\b',
  ].join('|'),
  'gi',
)

/** True when the line says nothing but a date (with "Updated", weekday, time, zone and the like). */
export function isDateLine(line: string): boolean {
  if (!/\d/.test(line) || hasMorePieces(line, 16)) return false
  const found = findDate(line)
  if (!found) return false
  const rest = (line.slice(0, found.start) + ' ' + line.slice(found.end))
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(DATE_LINE_FILLER, ' ')
    .replace(ANY_DATE, ' ')
  return /^[\s|,:;.\-–—•·/()]*$/.test(rest)
}

/** Removes any further dates from a date line ("15 Nov 2015 15 Nov 2015"); `replace` starts it from the beginning each time. */
const ANY_DATE = new RegExp(PATTERNS.map((p) => p.re.source).join('|'), 'gi')

/** True when a date line says it is the first publication rather than an update. */
export function isPublishedLine(line: string): boolean {
  return /\b(?:published|posted|first|issued|released)\b/i.test(line) && !/\bupdated\b/i.test(line.split(/published|posted/i)[0] ?? '')
}
