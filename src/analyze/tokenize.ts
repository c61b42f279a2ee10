/**
 * Word tokens with exact character offsets, and the facts the entity rules need about each:
 * capitalisation, whether it opens a clause, whether a hyphen joins it to the previous word.
 */
import { foldWord } from './fold-text.ts'

/** One word of a sentence; `text === sentence.slice(start, end)`. */
export interface Token {
  text: string
  start: number
  end: number
  /** Folded form: lower case, no accents, no dots ("U.S." → "us"). */
  key: string
  /** Starts with an upper-case letter. */
  capitalised: boolean
  /** Two or more letters, all upper case ("UN", "SOHR", "U.S."). */
  allCaps: boolean
  /** Opens a sentence or clause (after a quote mark, colon, bracket or dash), where capitals prove nothing. */
  initial: boolean
  /** Joined to the previous token by a hyphen with no spaces ("al-Assad", "Jong-un"). */
  hyphenated: boolean
  /** Followed by a possessive "'s" or "’". */
  possessive: boolean
  /** The text between the previous token and this one. */
  gap: string
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’](?!s(?![\p{L}]))[\p{L}\p{M}]+)*/gu
const POSSESSIVE = /^['’](?:s(?![\p{L}])|(?![\p{L}]))/u
const CLAUSE_OPENER = /[.!?:;(“"‘«—–[]|\s-\s/u

/** Splits a sentence into word tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const word = match[0]
    const end = start + word.length
    const gap = text.slice(previousEnd, start)
    const letters = word.replace(/\./g, '')
    tokens.push({
      text: word,
      start,
      end,
      key: foldWord(letters),
      capitalised: /^\p{Lu}/u.test(word),
      allCaps: letters.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters),
      initial: tokens.length === 0 || CLAUSE_OPENER.test(gap),
      hyphenated: tokens.length > 0 && (gap === '-' || gap === '‐'),
      possessive: POSSESSIVE.test(text.slice(end, end + 3)),
      gap,
    })
    previousEnd = end
  }
  return tokens
}
