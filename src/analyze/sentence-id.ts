import { hash } from 'node:crypto'

/**
 * Sentence ids come from the sentence's own text, so they stay put when other articles are added,
 * removed or reordered. Normalising first keeps them stable across cosmetic edits (case, curly vs
 * straight quotes, dashes, spacing).
 */

/** Printable ASCII with single spaces: NFKC and the quote and dash folding change nothing. */
const PLAIN = /^[\x20-\x7e]*$/

/** Whether text is printable ASCII with single spaces between words and none at either end: normalising it is only lower-casing it. */
function isPlainSpaced(text: string): boolean {
  let previous = 32 // a space before the start: a leading space is a double space
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    if (code < 32 || code > 126 || (code === 32 && previous === 32)) return false
    previous = code
  }
  return previous !== 32 || text.length === 0
}

/** Normalises text for ids and comparisons: NFKC, lower case, plain quotes and dashes, single spaces. */
export function normalizeText(text: string): string {
  if (isPlainSpaced(text)) return text.toLowerCase()
  if (PLAIN.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The id of a sentence: `s-` and 10 hex digits of the SHA-1 of its normalised text. */
export function sentenceHash(text: string): string {
  return `s-${hash('sha1', normalizeText(text), 'hex').slice(0, 10)}`
}

/** Gives each text of one source its id; a repeated sentence gets `-2`, `-3`, … in reading order. */
export function assignSentenceIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return texts.map((text) => {
    const base = sentenceHash(text)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  })
}
