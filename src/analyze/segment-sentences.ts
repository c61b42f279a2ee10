/**
 * Sentence segmentation: `Intl.Segmenter` does the work; this module only mends the breaks it
 * makes after abbreviations ("Mr.", "Gen.", "U.S.", "Jan. 5"), which ICU's English rules split.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Abbreviations that never end a sentence in news prose: titles and name parts. */
const TITLE_ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm',
    'gov', 'sen', 'rep', 'pres', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'hon', 'amb', 'insp',
    'supt', 'det', 'cpl', 'pvt', 'brig', 'lieut', 'no', 'nos', 'vs', 'v', 'cf', 'approx', 'est',
    'dept', 'univ', 'assn', 'bros', 'inc', 'corp', 'ltd', 'co', 'plc', 'mln', 'bln', 'al',
  ],
)

/** Month abbreviations: they continue the sentence when a day number follows. */
const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

/** Words that usually open a new sentence, so a capitalised one after "U.S." ends the sentence. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'his', 'her', 'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'after', 'before', 'when', 'while', 'if', 'as', 'there', 'here', 'meanwhile', 'however', 'also',
  'some', 'many', 'most', 'one', 'two', 'officials', 'according', 'earlier', 'later', 'last',
])

/** A sentence and the white space that followed it in its paragraph (`' '`, or `''` as between sentences of Chinese or Japanese). */
export interface SentenceSpan {
  text: string
  gap: string
}

/** Splits a paragraph into trimmed sentences, each with the gap after it; text and gaps joined give the paragraph back (white space normalised). */
export function segmentSentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const segment of PRINTABLE_ASCII.test(paragraph) ? asciiSentences(paragraph) : segmentsOf(paragraph)) {
    const text = segment.trim()
    if (!text) continue
    const gap = /\s$/.test(segment) ? ' ' : ''
    const previous = spans.at(-1)
    if (previous !== undefined && continuesAfter(previous.text, text)) {
      previous.text = `${previous.text}${previous.gap}${text}`
      previous.gap = gap
    } else {
      spans.push({ text, gap })
    }
  }
  const last = spans.at(-1)
  if (last) last.gap = ''
  return spans
}

/** Intl.Segmenter's sentence segments of a text. */
function segmentsOf(text: string): string[] {
  const segments: string[] = []
  for (const { segment } of segmenter.segment(text)) segments.push(segment)
  return segments
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Sentence-break classes of printable ASCII (UAX #29): only these matter to the rules below. */
const UPPER = 1
const LOWER = 2
const DIGIT = 4
const ATERM = 8
const STERM = 16
const CLOSE = 32
const SCONTINUE = 64
const SPACE = 128
const CLASSES = new Uint8Array(128)
for (let code = 65; code <= 90; code++) CLASSES[code] = UPPER
for (let code = 97; code <= 122; code++) CLASSES[code] = LOWER
for (let code = 48; code <= 57; code++) CLASSES[code] = DIGIT
CLASSES[46] = ATERM
for (const char of '!?') CLASSES[char.charCodeAt(0)] = STERM
for (const char of '"\'()[]{}') CLASSES[char.charCodeAt(0)] = CLOSE
for (const char of ',-:;') CLASSES[char.charCodeAt(0)] = SCONTINUE
CLASSES[32] = SPACE

/**
 * The sentence segments Intl.Segmenter gives a text of printable ASCII (no line breaks), by the
 * Unicode sentence-break rules (UAX #29) that can apply to it, without ICU's per-segment cost:
 * after a full stop, "!" or "?" and any closing quotes or brackets and spaces, a sentence ends
 * unless a digit follows the stop at once (3.5), a capital follows a letter's stop at once (U.S),
 * a comma-like mark or another terminator follows, or (after a stop) the next letter is lower case.
 * A property test holds it to Intl.Segmenter.
 */
export function asciiSentences(text: string): string[] {
  const segments: string[] = []
  const n = text.length
  const classOf = (k: number) => (k < n ? CLASSES[text.charCodeAt(k)]! : 0)
  let start = 0
  let i = 0
  while (i < n) {
    const here = classOf(i)
    if ((here & (ATERM | STERM)) === 0) { i++; continue }
    const next = classOf(i + 1)
    if (here === ATERM && (next === DIGIT || (next === UPPER && i > 0 && (classOf(i - 1) & (UPPER | LOWER)) !== 0))) { i++; continue }
    let j = i + 1
    while (j < n && classOf(j) === CLOSE) j++
    while (j < n && classOf(j) === SPACE) j++
    if (j >= n) break
    const after = classOf(j)
    if ((after & (SCONTINUE | ATERM | STERM)) !== 0) { i = j; continue }
    if (here === ATERM) {
      let k = j
      while (k < n && (classOf(k) & (UPPER | LOWER | ATERM | STERM)) === 0) k++
      if (k < n && classOf(k) === LOWER) { i = j; continue }
    }
    segments.push(text.slice(start, j))
    start = j
    i = j
  }
  if (start < n) segments.push(text.slice(start))
  return segments
}

/** The sentences of a paragraph, trimmed (see segmentSentenceSpans). */
export function segmentSentences(paragraph: string): string[] {
  return segmentSentenceSpans(paragraph).map((span) => span.text)
}

/** Whether `next` continues the sentence that `previous` seemed to end. */
function continuesAfter(previous: string, next: string): boolean {
  if (!previous.endsWith('.') || previous.length < 2) return false
  let from = previous.length - 1
  while (from > 0 && !/\s/.test(previous[from - 1]!)) from--
  const lastWord = previous.slice(from, -1)
  if (lastWord === '') return false
  const bare = lastWord.replace(/^[("“‘'[]+/, '')
  const key = bare.toLowerCase()
  const firstWord = /^[("“‘'[]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? ''
  if (/^\p{Ll}/u.test(firstWord)) return true // a lower-case word never opens a sentence
  if (TITLE_ABBREVIATIONS.has(key)) return true
  if (MONTH_ABBREVIATIONS.has(key)) return /^\d/.test(firstWord)
  if (isInitialism(bare) || /^\p{Lu}$/u.test(bare)) {
    // "the U.S. Army", "George W. Bush": continue unless the next word usually opens a sentence.
    return /^\d/.test(firstWord) || !SENTENCE_OPENERS.has(firstWord.toLowerCase())
  }
  return false
}

/** "U.S", "U.N", "p.m": letters separated by dots (the final dot already stripped). */
function isInitialism(word: string): boolean {
  return /^(\p{L}\.)+\p{L}$/u.test(word)
}
