import { diffArrays } from 'diff'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'

/**
 * Word-level differences between two passages, shown on the second: the words it has that the first
 * lacks are marked. Spelling that only differs in case, accents, quote marks or a hyphen
 * ("co-ordinates" / "coordinates") counts as the same word. One diff of the two passages' word keys
 * serves both directions (a pair of passages meets on both sources' pages and in print).
 */

/** Words, spaces and punctuation, in order; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-‐'’.,][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu) ?? []
}

const WORD = /[\p{L}\p{N}]/u

/** Whether a token carries meaning (not space, not punctuation). */
function isWord(token: string): boolean {
  return WORD.test(token)
}

/** Comparable forms of words already seen: a corpus repeats its vocabulary. */
const keys = new Map<string, string>()

/** A word in lower-case ASCII letters and digits: its own comparable form. */
const PLAIN = /^[a-z\d]+$/
/** A word in ASCII: compared in lower case without hyphens (it has no accents or curly quotes to fold). */
const ASCII = /^[\x20-\x7e]+$/

/** The form a word is compared in. */
function comparable(token: string): string {
  // Most words need no folding, and a look-up in a map of 200,000 words cost more than these tests.
  if (PLAIN.test(token)) return token
  if (ASCII.test(token)) return token.toLowerCase().replaceAll('-', '')
  let key = keys.get(token)
  if (key === undefined) {
    key = token
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/[-‐‑–—]/g, '')
    if (keys.size > 200_000) keys.clear()
    keys.set(token, key)
  }
  return key
}

/**
 * Both passages of a pair, as the character ranges to mark in each: `[start, end, start, end, …]`.
 * Offsets, not trees: a build keeps up to `MEMO_LIMIT` pairs, and as hast (a text node or a
 * `<mark>` element per run) they held about 3.9 kB a pair, 70 MB at 2,500 articles by the end of
 * the pages (heap snapshot); the trees are made afresh for each call instead.
 */
interface MarkedPair {
  first: readonly number[]
  second: readonly number[]
}

/** Pairs already diffed in this build, keyed by both texts in a fixed order. */
const memo = new Map<string, MarkedPair>()
const MEMO_LIMIT = 50_000
const MAX_EDITS = 2_000

/** `other` as hast, with the words `base` does not have wrapped in `<mark class="differs">`. */
export function markDifferences(base: string, other: string): ElementContent[] {
  if (base === other) return [{ type: 'text', value: other }]
  const swapped = base > other
  const key = swapped ? `${other}\u0000${base}` : `${base}\u0000${other}`
  let pair = memo.get(key)
  if (!pair) {
    pair = swapped ? markPair(other, base) : markPair(base, other)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, pair)
  }
  return toHast(other, swapped ? pair.first : pair.second)
}

/** Diffs the word keys of two passages once and marks, in each, the words the other lacks. */
function markPair(first: string, second: string): MarkedPair {
  const a = tokenize(first)
  const b = tokenize(second)
  const aWords = wordPositions(a)
  const bWords = wordPositions(b)
  const aKeys = aWords.map((i) => comparable(a[i]!))
  const bKeys = bWords.map((i) => comparable(b[i]!))
  const common = commonWords(aKeys, bKeys)
  if (!common) return { first: NO_RANGES, second: NO_RANGES }
  const aMarked = new Uint8Array(a.length)
  const bMarked = new Uint8Array(b.length)
  aWords.forEach((token, k) => { if (!common.a[k]) aMarked[token] = 1 })
  bWords.forEach((token, k) => { if (!common.b[k]) bMarked[token] = 1 })
  return { first: markedRanges(a, aMarked), second: markedRanges(b, bMarked) }
}

const NO_RANGES: readonly number[] = []

/** Which words of each side belong to a longest common subsequence of the two; null when the passages are too long to compare. */
export function commonWords(a: readonly string[], b: readonly string[]): { a: Uint8Array; b: Uint8Array } | null {
  return a.length * b.length <= TABLE_CELLS ? commonByTable(a, b) : commonByDiff(a, b)
}

/** Sentences of up to a few hundred words: a table of common-subsequence lengths (ten times faster than the general diff on them). */
const TABLE_CELLS = 90_000

/** The longest common subsequence by dynamic programming, walked back preferring to keep `a`'s earlier words. */
function commonByTable(a: readonly string[], b: readonly string[]): { a: Uint8Array; b: Uint8Array } {
  const n = a.length
  const m = b.length
  const width = m + 1
  // lengths[i][j]: length of a common subsequence of a[i:] and b[j:], filled from the end.
  const lengths = new Uint16Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  const inA = new Uint8Array(n)
  const inB = new Uint8Array(m)
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) {
      inA[i++] = 1
      inB[j++] = 1
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++
    else j++
  }
  return { a: inA, b: inB }
}

/**
 * Longer passages: the general diff, its edit length bounded so that a pathological "sentence"
 * (a 250 kB line with no full stop) cannot make it quadratic; such a passage is shown unmarked.
 */
function commonByDiff(a: readonly string[], b: readonly string[]): { a: Uint8Array; b: Uint8Array } | null {
  const changes = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS })
  if (!changes) return null
  const inA = new Uint8Array(a.length)
  const inB = new Uint8Array(b.length)
  let i = 0
  let j = 0
  for (const change of changes) {
    if (change.removed) i += change.count
    else if (change.added) j += change.count
    else for (let k = 0; k < change.count; k++) {
      inA[i++] = 1
      inB[j++] = 1
    }
  }
  return { a: inA, b: inB }
}

/** Positions of the word tokens among all tokens. */
function wordPositions(tokens: readonly string[]): number[] {
  const positions: number[] = []
  for (let i = 0; i < tokens.length; i++) if (isWord(tokens[i]!)) positions.push(i)
  return positions
}

/** The character ranges of the runs of marked words (with the spaces and punctuation inside a run), as `[start, end, …]`. */
function markedRanges(tokens: readonly string[], marked: Uint8Array): number[] {
  const ranges: number[] = []
  let offset = 0
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) {
      offset += tokens[i]!.length
      continue
    }
    let end = i
    for (let k = i + 1; k < tokens.length; k++) {
      if (marked[k]) end = k
      else if (isWord(tokens[k]!)) break
    }
    const start = offset
    for (let k = i; k <= end; k++) offset += tokens[k]!.length
    ranges.push(start, offset)
    i = end
  }
  return ranges
}

/** The text as hast, each range in one `<mark class="differs">`. */
function toHast(text: string, ranges: readonly number[]): ElementContent[] {
  const out: ElementContent[] = []
  let at = 0
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!
    const end = ranges[k + 1]!
    if (start > at) out.push({ type: 'text', value: text.slice(at, start) })
    out.push(h('mark.differs', text.slice(start, end)))
    at = end
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) })
  return out
}
