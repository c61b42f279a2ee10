/**
 * Which quote occurrences may say the same thing, and how much their words overlap: the part of
 * merging quotes that reads only their texts, not their speakers. Plain typed arrays, so it can
 * run in a worker thread (score-worker.ts) while the analysis matches topic mentions, which
 * the speakers need; `mergeQuotes` then decides each pair.
 */
import { foldPhrase } from './fold-text.ts'
import { pushTo } from './multimap.ts'

/** Candidate pairs of occurrences (sharing a word bigram, or all their words when short). */
export interface QuoteOverlaps {
  /** Per occurrence: how many words it has. */
  lengths: Int32Array
  /** Pair keys `i * size + j` (i < j), ascending. */
  keys: Float64Array
  /** Per pair: when the shorter quote has 3 words or more, the share of its word bigrams the other has; else 1 when their words are the same, 0 when not. */
  overlap: Float64Array
}

/** Postings longer than this (a bigram in many quotes) say too little to pair their quotes. */
const MAX_POSTINGS = 50

/** The overlaps of quotes given by their texts (`fullText` of each occurrence). */
export function quoteOverlaps(texts: readonly string[]): QuoteOverlaps {
  const words = texts.map(quoteWords)
  const keys = candidatePairs(words)
  const size = words.length
  const grams: (Set<string> | undefined)[] = new Array(size)
  const gramsOf = (i: number) => (grams[i] ??= quoteGrams(words[i]!))
  const overlap = new Float64Array(keys.length)
  for (let p = 0; p < keys.length; p++) {
    const i = Math.floor(keys[p]! / size)
    const j = keys[p]! - i * size
    overlap[p] = Math.min(words[i]!.length, words[j]!.length) < 3 ? (words[i]!.join(' ') === words[j]!.join(' ') ? 1 : 0) : gramOverlap(gramsOf(i), gramsOf(j))
  }
  return { lengths: Int32Array.from(words, (list) => list.length), keys, overlap }
}

/** Folded words of a quote: case, accents, hyphens and punctuation no longer matter. */
export function quoteWords(text: string): string[] {
  return foldPhrase(text).split(' ').filter(Boolean)
}

/** A quote's distinct word bigrams (compute once per occurrence, compare with gramOverlap). */
export function quoteGrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>()
  for (let k = 1; k < words.length; k++) grams.add(`${words[k - 1]} ${words[k]}`)
  return grams
}

/** Share of the smaller bigram set found in the other. */
export function gramOverlap(gramsA: ReadonlySet<string>, gramsB: ReadonlySet<string>): number {
  const [small, large] = gramsA.size <= gramsB.size ? [gramsA, gramsB] : [gramsB, gramsA]
  if (small.size === 0) return 0
  let shared = 0
  for (const gram of small) if (large.has(gram)) shared++
  return shared / small.size
}

/** Pairs of occurrences sharing a word bigram (or, for short quotes, all their words), each once, as ascending keys. */
function candidatePairs(words: readonly string[][]): Float64Array {
  const postings = new Map<string, number[]>()
  words.forEach((list, i) => {
    const keys = list.length < 2 ? [list.join(' ')] : list.slice(1).map((word, k) => `${list[k]} ${word}`)
    for (const key of new Set(keys)) pushTo(postings, key, i)
  })
  const size = words.length
  const pairs = new Set<number>()
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a]! * size + list[b]!)
  }
  return Float64Array.from(pairs).sort()
}
