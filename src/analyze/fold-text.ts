/**
 * Folding text into comparison keys: accents, case, quotes and dashes no longer matter, so
 * "Sánchez" and "Sanchez", "co-ordinates" and "coordinates" meet.
 */

const MARKS = /\p{M}+/gu

/** Lower-cases and strips diacritics: "Sánchez" → "sanchez". */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’‘`´]/g, "'")
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
