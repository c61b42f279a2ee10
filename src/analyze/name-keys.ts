/**
 * Keys under which spelling and transliteration variants of one name meet:
 * "Bashar al Assad" / "Bashar al-Assad", "Kim Jong-un" / "Kim Jong Un", "Deir Ezzor" / "Deir al-Zor".
 */
import { NAME_CONNECTORS, NAME_PARTICLES } from './word-lists.ts'

/** The name's words without particles and connectors, run together: "bashar al-assad" → "basharassad". */
export function compactKey(keys: readonly string[]): string {
  return nameWords(keys).join('')
}

/** The words of a name that carry it (no "al", "de", "of"). */
export function nameWords(keys: readonly string[]): string[] {
  const words = keys.filter((key) => !NAME_PARTICLES.has(key) && !NAME_CONNECTORS.has(key))
  return words.length > 0 ? words : [...keys]
}

/** Consonant skeleton, doubled letters collapsed: "deirezzor" and "deirzor" both give "drzr". */
export function skeletonKey(compact: string): string {
  return compact.replace(/[aeiouy'h]/g, '').replace(/(.)\1+/g, '$1')
}

/** Initials of the name's words: "united nations" → "un". */
export function initialsOf(keys: readonly string[]): string {
  return nameWords(keys).map((key) => key[0] ?? '').join('')
}

/** Levenshtein distance divided by the longer length. */
export function editRatio(a: string, b: string): number {
  if (a === b) return 0
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]! / Math.max(a.length, b.length)
}

/** Whether two compact keys are spelling variants of one name. */
export function areVariants(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false
  return skeletonKey(a) === skeletonKey(b) && editRatio(a, b) <= 0.34
}
