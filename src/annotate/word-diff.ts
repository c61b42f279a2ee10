import { diffArrays } from 'diff'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'

/**
 * Word-level differences between two passages, shown on the second: the words it has that the first
 * lacks are marked. Spelling that only differs in case, accents, quote marks or a hyphen
 * ("co-ordinates" / "coordinates") counts as the same word. Tokens are compared by a key computed
 * once per token, so the diff itself only compares strings.
 */

/** Words, spaces and punctuation, in order; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-‐'’.,][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu) ?? []
}

/** The form a token is compared in. */
function comparable(token: string): string {
  return token
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[-‐‑–—]/g, '')
}

/** Whether a token carries meaning (not space, not punctuation). */
function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token)
}

/** Pairs already diffed in this build: the same passages meet on both sources' pages and in print. */
const memo = new Map<string, ElementContent[]>()
const MEMO_LIMIT = 50_000
const MAX_EDITS = 2_000

/**
 * `other` as hast, with the words `base` does not have wrapped in `<mark class="differs">`.
 * The nodes are shared between calls with the same passages: callers must not mutate them.
 */
export function markDifferences(base: string, other: string): readonly ElementContent[] {
  const key = `${base}\u0000${other}`
  const known = memo.get(key)
  if (known) return known
  const result = diffToHast(base, other)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, result)
  return result
}

/** Diffs the word keys of `base` against all token keys of `other`, and rebuilds `other` from its own tokens. */
function diffToHast(base: string, other: string): ElementContent[] {
  const otherTokens = tokenize(other)
  const baseKeys = tokenize(base).filter(isWord).map(comparable)
  const otherKeys = otherTokens.map((token) => (isWord(token) ? comparable(token) : `\u0000${token}`))
  // The edit length is bounded so that a pathological "sentence" (a 250 kB line with no full stop)
  // cannot make the diff quadratic; such a passage is shown unmarked. Real sentences stay far below.
  const changes = diffArrays(baseKeys, otherKeys, { maxEditLength: MAX_EDITS })
  if (!changes) return [{ type: 'text', value: other }]
  const out: ElementContent[] = []
  let at = 0
  for (const change of changes) {
    if (change.removed) continue
    const tokens = otherTokens.slice(at, at + change.count)
    at += change.count
    if (change.added && tokens.some(isWord)) out.push(...markWords(tokens))
    else appendText(out, tokens.join(''))
  }
  return out
}

/** Marks a run of added tokens, leaving its leading and trailing spaces and punctuation unmarked. */
function markWords(tokens: string[]): ElementContent[] {
  const first = tokens.findIndex(isWord)
  const last = tokens.findLastIndex(isWord)
  const out: ElementContent[] = []
  appendText(out, tokens.slice(0, first).join(''))
  out.push(h('mark.differs', tokens.slice(first, last + 1).join('')))
  appendText(out, tokens.slice(last + 1).join(''))
  return out
}

/** Appends text, merging with a text node before it. */
function appendText(out: ElementContent[], value: string): void {
  if (!value) return
  const last = out.at(-1)
  if (last?.type === 'text') last.value += value
  else out.push({ type: 'text', value })
}
