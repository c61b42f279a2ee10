/**
 * Credit lines of saved articles: agency and outlet credits ("TRTWorld and agencies", "AFP",
 * "Source: Reuters"), photo credits ("Photo by: AP (Archive )", "Photograph: Jane Doe/Reuters",
 * "Image source, Getty Images") and bylines ("By Jane Doe"), and the outlet name they give.
 */

import { hasMoreWords } from './text-title.ts'

/** News agencies and wire services whose bare name on a line is a credit. */
const AGENCIES = [
  'AFP', 'AP', 'Associated Press', 'The Associated Press', 'Reuters', 'Thomson Reuters', 'Agence France-Presse',
  'Agence France Presse', 'dpa', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'AA', 'EFE', 'ANSA', 'PA', 'PA Media',
  'Press Association', 'UPI', 'Bloomberg', 'Kyodo', 'Yonhap', 'TASS', 'Interfax', 'RIA Novosti', 'Sputnik',
  'IANS', 'PTI', 'ANI', 'WAM', 'SPA', 'KUNA', 'QNA', 'IRNA', 'SANA', 'EPA', 'Getty Images', 'Agencies', 'Wires',
  'News agencies', 'Agency reports', 'CNN', 'BBC', 'BBC News', 'Al Jazeera', 'NPR', 'AAP', 'CP', 'The Canadian Press',
]

/** Lower-cased agency names for look-up. */
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()))

/** Agency names as they are spelled, by lower-cased name ("AL JAZEERA" → "Al Jazeera"). */
const AGENCY_CANONICAL = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]))

/** An all-capitals name of several words in title case, short acronyms kept ("WORLD NEWS DAILY" → "World News Daily"). */
function titleCaseShouting(raw: string): string {
  const words = raw.trim().split(/\s+/)
  if (words.length < 2 || /\p{Ll}/u.test(raw)) return raw
  return words.map((w) => (w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase())).join(' ')
}

/** Agency names long enough to be recognised when glued to the next word ("AFPEmergency"). */
const GLUABLE_AGENCIES = AGENCIES.filter((a) => a.length >= 3 && !/\s/.test(a) && a !== a.toLowerCase())

/** Words naming a newsroom's people rather than the outlet ("Guardian staff"). */
const STAFF_WORDS = /\s*\b(?:staff|reporters?|correspondents?|team|desk|writers?|editors?|newsroom)\s*$/i

/** "X and agencies", "X with news agencies", "X & wires". */
const AND_AGENCIES = /^(.*?)\s*(?:\band\b|&|\bwith\b|\+)\s*(?:(?:news|wire)\s+)?(?:agencies|agency reports?|wires?|wire services)$/i

/** "Source: X", "Credit: X", "Courtesy: X", "With X". */
const SOURCE_PREFIX = /^(?:source|sources|credit|courtesy(?: of)?|with|from|via)\s*[:\-–—]?\s+(.+)$/i

/** True when every part of the text ("AFP", "AFP/Reuters", "Reuters and AP") is an agency name. */
export function isAgencyName(text: string): boolean {
  const parts = text.split(/\s*(?:[,/&+|]|\band\b)\s*/i).filter(Boolean)
  return parts.length > 0 && parts.every((part) => AGENCY_SET.has(part.replace(/^the\s+/i, 'the ').toLowerCase()))
}

/** A line that only credits an outlet or agency; gives the outlet it names (null for "Staff and agencies"), and a place after it ("BBC News, Moscow"). */
export function parseAgencyCredit(line: string): { outlet: string | null; place?: string } | null {
  // The clean-up below takes off at most six words ("-", "(", ")", ".", "Source", ":"), so a line of
  // more than 13 words still has more than the 7 a credit may have.
  if (hasMoreWords(line, 13)) return null
  const text = line.trim().replace(/^[-–—•]\s*/, '').replace(/^\((.*)\)$/, '$1').replace(/\.$/, '').replace(/^(?:source|sources)\s*:\s*(?=.*\b(?:agenc|wire))/i, '').trim()
  if (!text || text.split(/\s+/).length > 7 || /[.!?]\s/.test(text)) return null
  const withPlace = /^([^,]+),\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(text)
  if (withPlace && isAgencyName(withPlace[1] ?? '')) return { outlet: outletName(withPlace[1] ?? ''), place: withPlace[2] ?? '' }
  const andAgencies = AND_AGENCIES.exec(text)
  if (andAgencies) return { outlet: outletName(andAgencies[1] ?? '') }
  if (isAgencyName(text)) return { outlet: outletName(text) }
  const source = SOURCE_PREFIX.exec(text)
  if (source && isAgencyName(source[1] ?? '')) return { outlet: outletName(source[1] ?? '') }
  if (source && /^(?:source|sources)/i.test(text)) return { outlet: outletName(source[1] ?? '') }
  return null
}

/** Cleans a credited name into an outlet name: "TRTWorld" → "TRT World", "Guardian staff" → "Guardian"; generic words → null. */
export function outletName(raw: string): string | null {
  const canonical = AGENCY_CANONICAL.get(raw.trim().toLowerCase())
  if (canonical) return canonical
  const name = titleCaseShouting(raw)
    .replace(STAFF_WORDS, '')
    .replace(/([A-Z]{2,})([A-Z][a-z]{2,})/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
  if (!name || /^(?:the\s+)?(?:agencies|wires|news agencies|agency reports|staff)$/i.test(name)) return null
  return name
}

/** A credit glued to the text after it ("TRTWorld and agenciesEmergency personnel…"): the two parts. */
export function splitGluedCredit(line: string): { credit: string; rest: string } | null {
  const andAgencies = line.includes('agencies') ? /^(.{2,40}?\b(?:and|&)\s+(?:news\s+)?agencies)([A-Z][a-z].*)$/.exec(line) : null
  if (andAgencies) return { credit: andAgencies[1] ?? '', rest: andAgencies[2] ?? '' }
  for (const agency of GLUABLE_AGENCIES) {
    if (line.startsWith(agency) && /^[A-Z][a-z]/.test(line.slice(agency.length))) {
      return { credit: agency, rest: line.slice(agency.length) }
    }
  }
  return null
}

/** A photo-credit line: "Photo by: AP (Archive )", "Photograph: Jane Doe/Reuters", "Image source, Getty Images". */
export function isPhotoCredit(line: string): boolean {
  const text = line.trim()
  if (hasMoreWords(text, 12)) return false
  return /^(?:photo(?:graph)?s?|pictures?|pics?|images?|fotos?|illustration|video|photo credit|image credit|credit|image source)(?:\s+by\s*:?|\s*[:|,\-–—])\s*\S/i.test(text) ||
    /^\(?(?:AP|AFP|Reuters|EPA|Getty|Anadolu|Xinhua)\s+(?:photo|images?|pictures?)\b/i.test(text) ||
    /^\(?[\p{Lu}][\p{L}.' -]{1,40}\s*\/\s*(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu Agency|Xinhua|Bloomberg)(?:\s+via\s+[\w ]+)?\)?$/u.test(text)
}

/** A caption with its credit written at its end: "Smoke rises. Photograph: Jane Doe/Reuters", "… (AP Photo/John Smith)". */
export function splitInlineCredit(text: string): { caption: string; credit: string } | null {
  // Both patterns below are costly on long text that does not match: first what each requires.
  const mayBeLabelled = text.includes(':') && CREDIT_LABEL_WORD.test(text)
  const mayBeParenthesised = text.trimEnd().endsWith(')')
  if (!mayBeLabelled && !mayBeParenthesised) return null
  const labelled = mayBeLabelled && /^(.{10,}?[.!?”"’)]?)\s+((?:photograph|photo|picture|image|illustration|credit)s?(?:\s+by)?\s*:\s*[^.:]{2,80})\.?$/i.exec(text)
  if (labelled) return { caption: (labelled[1] ?? '').trim(), credit: (labelled[2] ?? '').trim() }
  if (!mayBeParenthesised) return null
  const parenthesised = /^(.{10,}?)\s*\(((?:AP|AFP|Reuters|EPA|Getty|Xinhua)\s+Photo[^()]*|[^()]{2,60}\/(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu Agency|Xinhua)[^()]*)\)\s*$/.exec(text)
  if (parenthesised) return { caption: (parenthesised[1] ?? '').trim(), credit: (parenthesised[2] ?? '').trim() }
  return null
}

/** A word that every labelled credit of `splitInlineCredit` holds ("photograph" holds "photo"). */
const CREDIT_LABEL_WORD = /photo|picture|image|illustration|credit/i

/** BBC-style caption line "Image caption, Russian jets…" / "Media caption, …": the caption's text. */
export function labelledCaption(line: string): string | null {
  const m = /^(?:image|media|video|photo)\s+caption\s*[,:]\s*(.+)$/i.exec(line.trim())
  return m ? (m[1] ?? '').trim() : null
}

/** A name of two to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`

/** Names, then "in" and a place of up to three words. */
const SIGNATURE = new RegExp(`^(${NAME}(?:(?:,\\s+|\\s+and\\s+)${NAME})*)\\s+in\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})$`, 'u')

/** A signature line without "By": "Shaun Walker in Moscow", "Jane Doe and John Smith in Beirut". */
export function parseSignature(line: string): { byline: string; outlet: null; place: string } | null {
  const m = SIGNATURE.exec(line.trim())
  return m ? { byline: m[1] ?? '', outlet: null, place: m[2] ?? '' } : null
}

/** A byline: "By Jane Doe", "By Jane Doe and John Smith, Reuters", "Written by Jane Doe | BBC News". */
export function parseByline(line: string): { byline: string; outlet: string | null; place?: string } | null {
  const m = /^(?:by|written by|words by|reported by|story by)\s*:?\s+(\p{Lu}.*)$/iu.exec(line.trim())
  if (!m) return null
  const rest = (m[1] ?? '').trim()
  if (rest.split(/\s+/).length > 14 || /[.!?]["”’]?\s+\p{Lu}\p{Ll}/u.test(rest)) return null
  const parts = rest.split(/\s*[|•·]\s*|\s+[-–—]\s+|,\s+(?=[^,]+$)/)
  const last = parts.length > 1 ? parts.at(-1) ?? '' : ''
  if (last && isAgencyName(last)) return { byline: parts.slice(0, -1).join(', '), outlet: outletName(last) }
  return { byline: rest, outlet: null }
}
