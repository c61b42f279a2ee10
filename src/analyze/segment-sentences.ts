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
  for (const { segment } of segmenter.segment(paragraph)) {
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
