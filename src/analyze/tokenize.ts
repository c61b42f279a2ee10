/**
 * Word tokens with exact character offsets, and the facts the entity rules need about each:
 * capitalisation, whether it opens a clause, whether a hyphen joins it to the previous word.
 * One hand-written scan over character codes (no regular expression per word), shared by the
 * object form (`tokenize`) and the compact corpus store (`token-store.ts`).
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

/** Bit flags of a scanned token (see `Token` for their meaning). */
export const CAPITALISED = 1
export const ALL_CAPS = 2
export const INITIAL = 4
export const HYPHENATED = 8
export const POSSESSIVE = 16
/** The gap before the token is exactly one space. */
export const SPACE_GAP = 32
/** Only lower-case letters, not glued to a hyphen or apostrophe before it: proof the word is ordinary. */
export const LOWER_WORD = 64

/** What one scan of a sentence yields: parallel arrays, reused from sentence to sentence. */
export interface ScanBuffer {
  count: number
  start: Int32Array
  end: Int32Array
  flags: Uint8Array
  /** The word as written (`text.slice(start, end)`). */
  words: string[]
}

/** A scan buffer with room to grow. */
export function scanBuffer(capacity = 256): ScanBuffer {
  return { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), flags: new Uint8Array(capacity), words: [] }
}

const LETTER = /[\p{L}\p{M}\p{N}]/u
const LETTER_ONLY = /[\p{L}\p{M}]/u
const UPPER = /\p{Lu}/u
const LOWER_OR_MARK = /[\p{Ll}\p{M}]/u
const LOWER = /\p{Ll}/u
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u
/** Per BMP code unit: 0 unknown, else 1 + class bits (1 word char, 2 letter or mark, 4 upper, 8 lower-or-mark, 16 lower, 32 upper-or-digit). */
const classes = new Uint8Array(65536)

/** The class bits of a BMP character (computed once per character). */
function classOf(code: number): number {
  const cached = classes[code]!
  if (cached !== 0) return cached - 1
  const char = String.fromCharCode(code)
  const bits = (LETTER.test(char) ? 1 : 0) | (LETTER_ONLY.test(char) ? 2 : 0) | (UPPER.test(char) ? 4 : 0) |
    (LOWER_OR_MARK.test(char) ? 8 : 0) | (LOWER.test(char) ? 16 : 0) | (UPPER_OR_DIGIT.test(char) ? 32 : 0)
  classes[code] = bits + 1
  return bits
}

/** The class bits of the code point at `i` (astral characters classified whole), and its width. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return classOf(code)
  const char = String.fromCodePoint(text.codePointAt(i)!)
  return (LETTER.test(char) ? 1 : 0) | (LETTER_ONLY.test(char) ? 2 : 0) | (UPPER.test(char) ? 4 : 0) |
    (LOWER_OR_MARK.test(char) ? 8 : 0) | (LOWER.test(char) ? 16 : 0) | (UPPER_OR_DIGIT.test(char) ? 32 : 0)
}

/** Width in code units of the character at `i`. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 8217

/** Whether a gap opens a clause: a sentence mark, quote, bracket or dash, or a hyphen between spaces. */
function opensClause(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const char = gap[k]!
    if ('.!?:;(“"‘«—–['.includes(char)) return true
    if (char === '-' && k > 0 && k + 1 < gap.length && /\s/.test(gap[k - 1]!) && /\s/.test(gap[k + 1]!)) return true
  }
  return false
}

/** End of an initialism ("U.S.") starting at `i`, or -1. */
function initialismEnd(text: string, i: number): number {
  let j = i
  let letters = 0
  while (j + 1 < text.length && (classAt(text, j) & 4) !== 0 && widthAt(text, j) === 1 && text.charCodeAt(j + 1) === 46) {
    j += 2
    letters++
  }
  return letters >= 2 ? j : -1
}

/** End of a word starting at `i`: letters, marks and digits, with inner apostrophes ("don't", not "Assad’s"). */
function wordEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && (classAt(text, j) & 1) !== 0) j += widthAt(text, j)
  for (;;) {
    const code = text.charCodeAt(j)
    if (code !== APOSTROPHE && code !== RIGHT_QUOTE) return j
    const next = j + 1
    if (next >= text.length || (classAt(text, next) & 2) === 0) return j
    if (text.charCodeAt(next) === 115 && (next + 1 >= text.length || (classAt(text, next + 1) & 2) === 0)) return j // possessive 's
    let k = next
    while (k < text.length && (classAt(text, k) & 2) !== 0) k += widthAt(text, k)
    j = k
  }
}

/** Whether the word (dots removed) is two or more capitals and digits. */
function isAllCaps(letters: string): boolean {
  if (letters.length < 2) return false
  for (let k = 0; k < letters.length; k += widthAt(letters, k)) if ((classAt(letters, k) & 32) === 0) return false
  return true
}

/** Whether a word is only lower-case letters (and marks after the first). */
function isLowerWord(word: string): boolean {
  if ((classAt(word, 0) & 16) === 0) return false
  for (let k = 0; k < word.length; k += widthAt(word, k)) if ((classAt(word, k) & 8) === 0) return false
  return true
}

/** Grows a buffer's arrays to hold at least `size` tokens. */
function ensure(buffer: ScanBuffer, size: number): void {
  if (size <= buffer.start.length) return
  const capacity = Math.max(size, buffer.start.length * 2)
  const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => { const next = make(capacity); next.set(old); return next }
  buffer.start = grow(buffer.start, (n) => new Int32Array(n))
  buffer.end = grow(buffer.end, (n) => new Int32Array(n))
  buffer.flags = grow(buffer.flags, (n) => new Uint8Array(n))
}

/** Scans a sentence into a buffer (overwriting it); returns the token count. */
export function scan(text: string, buffer: ScanBuffer): number {
  let count = 0
  let previousEnd = 0
  let previousPossessive = false
  const words = buffer.words
  words.length = 0
  for (let i = 0; i < text.length;) {
    const bits = classAt(text, i)
    if ((bits & 1) === 0) { i += widthAt(text, i); continue }
    const initialism = (bits & 4) !== 0 ? initialismEnd(text, i) : -1
    const end = initialism >= 0 ? initialism : wordEnd(text, i)
    const start = i
    i = end
    const word = text.slice(start, end)
    if (word === 's' && previousPossessive && start === previousEnd + 1) continue // the "s" of "’s"
    const spaceGap = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32
    const gap = spaceGap ? ' ' : text.slice(previousEnd, start)
    const letters = initialism >= 0 ? word.replace(/\./g, '') : word
    const capitalised = (bits & 4) !== 0
    const following = text.charCodeAt(end)
    let possessive = false
    if (following === APOSTROPHE || following === RIGHT_QUOTE) {
      const after = end + 1 < text.length ? classAt(text, end + 1) : 0
      possessive = text.charCodeAt(end + 1) === 115 ? (end + 2 >= text.length || (classAt(text, end + 2) & 2) === 0) : (after & 2) === 0
    }
    const before = text.charCodeAt(start - 1)
    let flags = 0
    if (capitalised) flags |= CAPITALISED
    if (capitalised && isAllCaps(letters)) flags |= ALL_CAPS
    if (count === 0 || (!spaceGap && opensClause(gap))) flags |= INITIAL
    if (count > 0 && (gap === '-' || gap === '‐')) flags |= HYPHENATED
    if (possessive) flags |= POSSESSIVE
    if (spaceGap) flags |= SPACE_GAP
    if (before !== 45 && before !== APOSTROPHE && before !== RIGHT_QUOTE && isLowerWord(word)) flags |= LOWER_WORD
    ensure(buffer, count + 1)
    buffer.start[count] = start
    buffer.end[count] = end
    buffer.flags[count] = flags
    words.push(word)
    count++
    previousEnd = end
    previousPossessive = possessive
  }
  buffer.count = count
  return count
}

const keys = new Map<string, string>()
const MAX_CACHED = 200_000

/** The folded key of a word as written (cached: a corpus repeats its words). */
export function keyOf(word: string): string {
  let key = keys.get(word)
  if (key === undefined) {
    key = foldWord(word.includes('.') ? word.replace(/\./g, '') : word)
    if (keys.size < MAX_CACHED) keys.set(word, key)
  }
  return key
}

const shared = scanBuffer()

/** Splits a sentence into word tokens. */
export function tokenize(text: string): Token[] {
  const count = scan(text, shared)
  const tokens: Token[] = new Array(count)
  let previousEnd = 0
  for (let k = 0; k < count; k++) {
    const start = shared.start[k]!
    const end = shared.end[k]!
    const flags = shared.flags[k]!
    const word = shared.words[k]!
    tokens[k] = tokenOf(text, word, keyOf(word), start, end, flags, previousEnd)
    previousEnd = end
  }
  return tokens
}

/** Builds a token object from scanned facts. */
export function tokenOf(text: string, word: string, key: string, start: number, end: number, flags: number, previousEnd: number): Token {
  return {
    text: word,
    start,
    end,
    key,
    capitalised: (flags & CAPITALISED) !== 0,
    allCaps: (flags & ALL_CAPS) !== 0,
    initial: (flags & INITIAL) !== 0,
    hyphenated: (flags & HYPHENATED) !== 0,
    possessive: (flags & POSSESSIVE) !== 0,
    gap: (flags & SPACE_GAP) !== 0 ? ' ' : text.slice(previousEnd, start),
  }
}
