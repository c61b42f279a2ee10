/**
 * The words of the search index. The client (`public/scripts/search.js`) splits and folds words
 * the same way; `tests/search/client.test.ts` holds the two to agreement.
 */

/** A word: dotted initials ("U.S.") or a run of letters, marks and digits. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu

/** Marks and dots dropped when folding. */
const FOLDED_AWAY = /[\p{M}.]+/gu

/** Plain ASCII letters and digits: nothing to fold but case (the fast path). */
const ASCII_WORD = /^[A-Za-z0-9]*$/

/** Words too common to be worth indexing in English news text. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
  'he', 'her', 'his', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their',
  'them', 'there', 'they', 'this', 'to', 'was', 'were', 'which', 'who', 'will', 'with',
])

const DIGIT = /\p{N}/u

/** Longest word kept: longer runs are identifiers or junk, not words anyone types. */
export const MAX_TERM_LENGTH = 32

/** One word of a text with its place: `text.slice(start, end)` is the word as written. */
export interface WordToken {
  term: string
  start: number
  end: number
}

/** Folds a word: no accents, no dots, lower case ("Sánchez" → "sanchez", "U.S." → "us"). */
export function foldTerm(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(FOLDED_AWAY, '').toLowerCase()
}

/** Every word of `text`, folded, with its offsets. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: foldTerm(match[0]), start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** Whether a folded word is worth indexing: not a stop word, not a lone letter, not too long. */
export function isIndexable(term: string): boolean {
  if (term.length === 0 || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term)) return false
  return term.length > 1 || DIGIT.test(term)
}

/** The distinct indexable words of `text`, in order of first appearance. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const match of text.matchAll(WORD)) {
    const term = foldTerm(match[0])
    if (isIndexable(term)) terms.add(term)
  }
  return [...terms]
}
