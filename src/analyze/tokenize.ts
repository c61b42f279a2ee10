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

/** Whether a character is an upper-case letter (fast for ASCII). */
function isUpper(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

/** Splits a sentence into word tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    const word = match[0]
    if (word === 's' && tokens.at(-1)?.possessive && start === previousEnd + 1) continue // the "s" of "’s"
    const end = start + word.length
    const gap = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, start)
    const letters = word.includes('.') ? word.replace(/\./g, '') : word
    const capitalised = isUpper(word[0]!)
    const following = text.charCodeAt(end)
    tokens.push({
      text: word,
      start,
      end,
      key: foldWord(letters),
      capitalised,
      allCaps: capitalised && letters.length >= 2 && letters === letters.toUpperCase() && /^[\p{Lu}\p{N}]+$/u.test(letters),
      initial: tokens.length === 0 || (gap !== ' ' && CLAUSE_OPENER.test(gap)),
      hyphenated: tokens.length > 0 && (gap === '-' || gap === '‐'),
      possessive: (following === 39 || following === 8217) && POSSESSIVE.test(text.slice(end, end + 3)),
      gap,
    })
    previousEnd = end
  }
  return tokens
}
