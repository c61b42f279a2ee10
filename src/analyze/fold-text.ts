/**
 * Folding text into comparison keys: accents, case, quotes and dashes no longer matter, so
 * "Sánchez" and "Sanchez", "co-ordinates" and "coordinates" meet.
 */

const MARKS = /\p{M}+/gu

const ASCII = /^[\x00-\x7f]*$/
const folded = new Map<string, string>()
const MAX_CACHED = 200_000

/** Lower-cases and strips diacritics: "Sánchez" → "sanchez". */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase()
  const cached = folded.get(word)
  if (cached !== undefined) return cached
  const result = word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'")
  if (folded.size < MAX_CACHED) folded.set(word, result)
  return result
}

/** A URL-safe slug: folded, ASCII letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  const slug = foldWord(text)
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'topic'
}

/** Folds a phrase into single-spaced lower-case words without punctuation or hyphens inside words. */
export function foldPhrase(text: string): string {
  return foldWord(text)
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
