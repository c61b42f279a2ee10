/**
 * Titles: whether a line reads like a headline, and a title derived from the lead when the
 * file has none (its first sentence, or its first clause, or its first words).
 */

import { endsSentence } from './text-units.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Number of words in a text: runs of characters other than white space (what `\s` matches). Counted in one pass, without splitting. */
export function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** True when the text has more than `limit` words (as `wordCount` counts them); stops counting there. */
export function hasMoreWords(text: string, limit: number): boolean {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord && ++words > limit) return true
    inWord = !space
  }
  return false
}

/** True when `text.split(/\s+/)` would give more than `limit` pieces (runs of white space + 1); stops counting there. */
export function hasMorePieces(text: string, limit: number): boolean {
  let pieces = 1
  if (pieces > limit) return true
  let inSpace = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (space && !inSpace && ++pieces > limit) return true
    inSpace = space
  }
  return false
}

/** True for the UTF-16 code units that `\s` matches (ECMAScript white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** True when a line reads like a headline: `minWords` (3) to 25 words, capitalised, no closing full stop (unless short). */
export function isTitleLike(text: string, minWords = 3): boolean {
  const words = wordCount(text)
  if (words < minWords || words > 25 || text.length > 220 || !/^[\p{Lu}\p{N}"“‘'(]/u.test(text)) return false
  if (/[,;:–—-]$/.test(text)) return false
  return !/\.["”’]?$/.test(text) || words <= 10 && !/\.\s+\p{Lu}/u.test(text)
}

/** True when a unit reads like a paragraph of running text: a closed sentence of 8 words or more. */
export function isBodyLike(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 8
}

/** A short title made from a lead paragraph: its first sentence if short, else its first clause, else its first words + "…". */
export function deriveTitle(lead: string): string {
  const first = firstSentence(lead)
  if (wordCount(first) <= 16) return trimEnd(first)
  const clause = /^(.+?)(?:\s*[—–;:]\s*|,\s+)/u.exec(first)?.[1] ?? ''
  const clauseWords = wordCount(clause)
  if (clauseWords >= 5 && clauseWords <= 16) return trimEnd(clause)
  return `${first.split(/\s+/).slice(0, 12).join(' ').replace(/[,;:–—-]+$/, '')}…`
}

/** The first sentence of a paragraph. */
function firstSentence(text: string): string {
  for (const { segment } of segmenter.segment(text)) return segment.trim()
  return text.trim()
}

/** Drops a closing full stop (a headline has none); keeps ?, ! and quotes. */
function trimEnd(text: string): string {
  return text.replace(/\.$/, '').trim()
}
