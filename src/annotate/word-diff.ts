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

/** The form a word is compared in. */
function comparable(token: string): string {
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

/** Both passages of a pair with their differing words marked. */
interface MarkedPair {
  first: readonly ElementContent[]
  second: readonly ElementContent[]
}

/** Pairs already diffed in this build, keyed by both texts in a fixed order. */
const memo = new Map<string, MarkedPair>()
const MEMO_LIMIT = 50_000
const MAX_EDITS = 2_000

/**
 * `other` as hast, with the words `base` does not have wrapped in `<mark class="differs">`.
 * The nodes are shared between calls with the same passages: callers must not mutate them.
 */
export function markDifferences(base: string, other: string): readonly ElementContent[] {
  if (base === other) return [{ type: 'text', value: other }]
  const swapped = base > other
  const key = swapped ? `${other}\u0000${base}` : `${base}\u0000${other}`
  let pair = memo.get(key)
  if (!pair) {
    pair = swapped ? markPair(other, base) : markPair(base, other)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(key, pair)
  }
  return swapped ? pair.first : pair.second
}

/** Diffs the word keys of two passages once and marks, in each, the words the other lacks. */
function markPair(first: string, second: string): MarkedPair {
  const a = tokenize(first)
  const b = tokenize(second)
  const aWords = wordPositions(a)
  const bWords = wordPositions(b)
  // The edit length is bounded so that a pathological "sentence" (a 250 kB line with no full stop)
  // cannot make the diff quadratic; such a passage is shown unmarked. Real sentences stay far below.
  const changes = diffArrays(aWords.map((i) => comparable(a[i]!)), bWords.map((i) => comparable(b[i]!)), { maxEditLength: MAX_EDITS })
  if (!changes) return { first: [{ type: 'text', value: first }], second: [{ type: 'text', value: second }] }
  const aMarked = new Uint8Array(a.length)
  const bMarked = new Uint8Array(b.length)
  let i = 0
  let j = 0
  for (const change of changes) {
    if (change.removed) for (let k = 0; k < change.count; k++) aMarked[aWords[i++]!] = 1
    else if (change.added) for (let k = 0; k < change.count; k++) bMarked[bWords[j++]!] = 1
    else {
      i += change.count
      j += change.count
    }
  }
  return { first: toHast(a, aMarked), second: toHast(b, bMarked) }
}

/** Positions of the word tokens among all tokens. */
function wordPositions(tokens: readonly string[]): number[] {
  const positions: number[] = []
  for (let i = 0; i < tokens.length; i++) if (isWord(tokens[i]!)) positions.push(i)
  return positions
}

/** The tokens as text, each run of marked words (with the spaces and punctuation inside the run) in one `<mark>`. */
function toHast(tokens: readonly string[], marked: Uint8Array): ElementContent[] {
  const out: ElementContent[] = []
  let text = ''
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) {
      text += tokens[i]
      continue
    }
    let end = i
    for (let k = i + 1; k < tokens.length; k++) {
      if (marked[k]) end = k
      else if (isWord(tokens[k]!)) break
    }
    if (text) out.push({ type: 'text', value: text })
    text = ''
    out.push(h('mark.differs', tokens.slice(i, end + 1).join('')))
    i = end
  }
  if (text) out.push({ type: 'text', value: text })
  return out
}
