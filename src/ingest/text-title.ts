/**
 * Titles: whether a line reads like a headline, and a title derived from the lead when the
 * file has none (its first sentence, or its first clause, or its first words).
 */

import { endsSentence } from './text-units.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
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
