/**
 * Datelines: the place (and sometimes agency) that opens wire copy — "LONDON (Reuters) - ",
 * "MOSCOW, Nov 17 (AFP) — ", "WASHINGTON — ", "Moscow (AFP) - " — or stands on its own line
 * under a credit ("AFP" / "Moscow").
 */

import { isAgencyName } from './text-credits.ts'

/** A dateline read from the start of a paragraph. */
export interface InlineDateline {
  place: string;
  agency: string | null;
  /** The date words of the dateline ("Nov 17"), if any. */
  dateText: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})?`
const DATE = String.raw`(?:,\s*(?<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)))?`
const AGENCY = String.raw`\s*\((?<agency>[^()]{2,40})\)`
const SEPARATOR = String.raw`(?:\s*[—–]\s*|\s+-{1,2}\s+|:\s+)`

/** "LONDON", "NEW YORK", "BEIRUT, Lebanon", with optional date and agency. */
const CAPS_DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{Lu}'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}${REGION})${DATE}(?:${AGENCY})?${SEPARATOR}(?=\S)`,
  'u',
)

/** "Moscow (AFP) - ", "Moscow, Nov 17 (Reuters) - ": mixed case needs the agency to be sure. */
const AGENCY_DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}${REGION})${DATE}${AGENCY}\s*(?:[—–-]{1,2}|:)\s*(?=\S)`,
  'u',
)

/** Small words kept lower case when an all-caps place is title-cased ("RIO DE JANEIRO"). */
const SMALL_WORDS = new Set(['de', 'da', 'do', 'del', 'della', 'la', 'le', 'of', 'on', 'upon', 'the', 'al', 'el', 'es', 'and'])

/** Reads the dateline at the start of a paragraph, if it has one. */
export function parseInlineDateline(paragraph: string): InlineDateline | null {
  const m = CAPS_DATELINE.exec(paragraph) ?? AGENCY_DATELINE.exec(paragraph)
  const groups = m?.groups
  if (!m || !groups) return null
  const agency = groups['agency'] ?? null
  const placeRaw = (groups['place'] ?? '').trim()
  if (agency !== null && !isAgencyName(agency)) return null
  if (isAgencyName(placeRaw.replace(/,.*$/, ''))) return null
  return { place: placeName(placeRaw), agency, dateText: groups['date'] ?? null, rest: paragraph.slice(m[0].length) }
}

/** Title-cases an all-caps place name ("NEW YORK" → "New York"); mixed case is kept. */
export function placeName(raw: string): string {
  return raw
    .split(/(\s+|-)/)
    .map((word, i) => (/^[\p{Lu}'’.]{2,},?$/u.test(word) ? titleWord(word, i) : word))
    .join('')
}

/** One all-caps word in title case, small words lower case after the first. */
function titleWord(word: string, index: number): string {
  const lower = word.toLowerCase()
  if (index > 0 && SMALL_WORDS.has(lower.replace(/,$/, ''))) return lower
  return lower.replace(/(^|['’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** Words that look like a place on a line of their own but are not ("Monday", "Live"). */
const NOT_PLACES = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:live|breaking|exclusive|analysis|opinion|comment|update|updated|news|world|video|photos?|watch|listen|topics|tags|share|related|advertisement|menu|home|search)$/i

/** A line naming only a place ("Moscow", "New York", "Gaza City, Gaza"): 1–4 capitalised words, no digits. */
export function isPlaceLine(line: string): boolean {
  const text = line.trim()
  const words = text.replace(/,/g, ' ').split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 4 || /\d/.test(text) || isAgencyName(text)) return false
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || SMALL_WORDS.has(w)) && !words.some((w) => NOT_PLACES.test(w))
}
