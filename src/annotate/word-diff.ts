import { diffArrays } from 'diff'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'

/**
 * Word-level differences between two passages, shown on the second: the words it has that the first
 * lacks are marked. Spelling that only differs in case, quote marks or a hyphen ("co-ordinates" /
 * "coordinates") counts as the same word.
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

/** `other` as hast, with the words `base` does not have wrapped in `<mark class="differs">`. */
export function markDifferences(base: string, other: string): ElementContent[] {
  const changes = diffArrays(tokenize(base).filter(isWord), tokenize(other), {
    comparator: (left, right) => comparable(left) === comparable(right),
  })
  const out: ElementContent[] = []
  for (const change of changes) {
    if (change.removed) continue
    const text = change.value.join('')
    if (change.added && change.value.some(isWord)) out.push(...markWords(change.value))
    else appendText(out, text)
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
