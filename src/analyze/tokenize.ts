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

/** What one scan of a sentence yields: parallel arrays, reused from sentence to sentence (no string per word: callers slice or intern as they need). */
export interface ScanBuffer {
  count: number
  start: Int32Array
  end: Int32Array
  flags: Uint8Array
}

/** A scan buffer with room to grow. */
export function scanBuffer(capacity = 256): ScanBuffer {
  return { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), flags: new Uint8Array(capacity) }
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

/** Whether JavaScript's `\s` matches a code unit. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 160) return false
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

const CLAUSE_MARKS = '.!?:;(“"‘«—–['
/** Per BMP code unit: 1 when it is one of CLAUSE_MARKS (a table read instead of a string search per gap character). */
const CLAUSE_MARK = new Uint8Array(65536)
for (const mark of CLAUSE_MARKS) CLAUSE_MARK[mark.charCodeAt(0)] = 1

/** Whether the gap text[from, to) opens a clause: a sentence mark, quote, bracket or dash, or a hyphen between spaces. */
function opensClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k)
    if (CLAUSE_MARK[code] === 1) return true
    if (code === 45 && k > from && k + 1 < to && isSpace(text.charCodeAt(k - 1)) && isSpace(text.charCodeAt(k + 1))) return true
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

/** The run of letters, marks and digits from `i`: its end times 64 plus the AND of its characters' class bits (one read per character). */
function runOf(text: string, i: number): number {
  let j = i
  let all = 63
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (code < 0xd800 || code > 0xdbff) {
      const bits = classOf(code)
      if ((bits & 1) === 0) break
      all &= bits
      j++
    } else {
      const bits = classAt(text, j)
      if ((bits & 1) === 0) break
      all &= bits
      j += j + 1 < text.length ? 2 : 1
    }
  }
  return j * 64 + all
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

/** Whether text[from, to), dots skipped, is two or more capitals and digits. */
function isAllCaps(text: string, from: number, to: number): boolean {
  let letters = 0
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 46) letters++
  if (letters < 2) return false
  for (let k = from; k < to; k += widthIn(text, k, to)) {
    if (text.charCodeAt(k) === 46) continue
    if ((classAt(text, k) & 32) === 0) return false
  }
  return true
}

/** Whether text[from, to) is only lower-case letters (and marks after the first). */
function isLowerWord(text: string, from: number, to: number): boolean {
  if ((classAt(text, from) & 16) === 0) return false
  for (let k = from; k < to; k += widthIn(text, k, to)) if ((classAt(text, k) & 8) === 0) return false
  return true
}

/** Width of the character at `i` within a word ending at `to` (as `widthAt` on the word alone). */
function widthIn(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i)
  return code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1
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
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const surrogate = code >= 0xd800 && code <= 0xdbff
    const bits = surrogate ? classAt(text, i) : classOf(code)
    if ((bits & 1) === 0) { i += surrogate && i + 1 < text.length ? 2 : 1; continue }
    const initialism = (bits & 4) !== 0 ? initialismEnd(text, i) : -1
    let end = initialism
    let plain = false // a run of letters, marks and digits only: its class bits tell case at once
    let all = 0
    if (initialism < 0) {
      const run = runOf(text, i)
      end = Math.floor(run / 64)
      all = run % 64
      const after = text.charCodeAt(end)
      if (after === APOSTROPHE || after === RIGHT_QUOTE) end = wordEnd(text, i)
      plain = after !== APOSTROPHE && after !== RIGHT_QUOTE
    }
    const start = i
    i = end
    if (end - start === 1 && text.charCodeAt(start) === 115 && previousPossessive && start === previousEnd + 1) continue // the "s" of "’s"
    const spaceGap = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32
    const capitalised = (bits & 4) !== 0
    const following = text.charCodeAt(end)
    let possessive = false
    if (following === APOSTROPHE || following === RIGHT_QUOTE) {
      const after = end + 1 < text.length ? classAt(text, end + 1) : 0
      possessive = text.charCodeAt(end + 1) === 115 ? (end + 2 >= text.length || (classAt(text, end + 2) & 2) === 0) : (after & 2) === 0
    }
    const before = text.charCodeAt(start - 1)
    const hyphenGap = start - previousEnd === 1 && (text.charCodeAt(previousEnd) === 45 || text.charCodeAt(previousEnd) === 0x2010)
    let flags = 0
    if (capitalised) flags |= CAPITALISED
    if (capitalised && (initialism >= 0 ? isAllCaps(text, start, end) : plain ? end - start >= 2 && (all & 32) !== 0 : isAllCapsWord(text, start, end))) flags |= ALL_CAPS
    if (count === 0 || (!spaceGap && opensClause(text, previousEnd, start))) flags |= INITIAL
    if (count > 0 && hyphenGap) flags |= HYPHENATED
    if (possessive) flags |= POSSESSIVE
    if (spaceGap) flags |= SPACE_GAP
    if (before !== 45 && before !== APOSTROPHE && before !== RIGHT_QUOTE && (plain ? (bits & 16) !== 0 && (all & 8) !== 0 : isLowerWord(text, start, end))) flags |= LOWER_WORD
    ensure(buffer, count + 1)
    buffer.start[count] = start
    buffer.end[count] = end
    buffer.flags[count] = flags
    count++
    previousEnd = end
    previousPossessive = possessive
  }
  buffer.count = count
  return count
}

/** `isAllCaps` of a word with no dots (the common case, without counting dots first). */
function isAllCapsWord(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false
  for (let k = from; k < to; k += widthIn(text, k, to)) if ((classAt(text, k) & 32) === 0) return false
  return true
}

const keys = new Map<string, string>()
const MAX_CACHED = 200_000

/** The folded key of a word as written (cached: a corpus repeats its words; plain ASCII words need no cache). */
export function keyOf(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase()
  let key = keys.get(word)
  if (key === undefined) {
    key = foldWord(word.includes('.') ? word.replace(/\./g, '') : word)
    if (keys.size < MAX_CACHED) keys.set(word, key)
  }
  return key
}

/** Whether a word is ASCII without dots, so that folding it is only lower-casing it. */
function isPlainAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k)
    if (code >= 128 || code === 46) return false
  }
  return true
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
    const word = text.slice(start, end)
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

/** Overwrites a token object with scanned facts (for pooled tokens). */
export function fillToken(token: Token, text: string, word: string, key: string, start: number, end: number, flags: number, previousEnd: number): void {
  token.text = word
  token.start = start
  token.end = end
  token.key = key
  token.capitalised = (flags & CAPITALISED) !== 0
  token.allCaps = (flags & ALL_CAPS) !== 0
  token.initial = (flags & INITIAL) !== 0
  token.hyphenated = (flags & HYPHENATED) !== 0
  token.possessive = (flags & POSSESSIVE) !== 0
  token.gap = (flags & SPACE_GAP) !== 0 ? ' ' : text.slice(previousEnd, start)
}
