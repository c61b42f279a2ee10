/**
 * Candidate sentence pairs from an inverted index over content-term bigrams and rare terms:
 * only sentences that share something are ever compared, and very common keys (long postings
 * lists) are skipped, so the work grows with the corpus, not with its square.
 */

/** Options for the index. */
export interface CandidateOptions {
  /** Postings lists longer than this are ignored (the key says too little). */
  maxPostings: number
  /** A single term is indexed when at most this many sentences hold it. */
  rareTermMaxDf: number
}

/** Which group (outlet or source) each sentence belongs to: pairs inside one group are not compared. */
export type GroupOf = (sentence: number) => number

/** Pairs (keyed `a * size + b`, a < b) of sentences from different groups that share an indexed key, with how many keys they share. */
export function candidatePairs(terms: readonly Int32Array[], df: Int32Array, groupOf: GroupOf, options: CandidateOptions, indexable: (id: number) => boolean): Map<number, number> {
  const vocabulary = df.length
  const eachKey = (ids: Int32Array, visit: (key: number) => void) => {
    for (let k = 1; k < ids.length; k++) visit(ids[k - 1]! * vocabulary + ids[k]! + vocabulary)
    for (const id of ids) {
      const count = df[id]!
      if (count >= 2 && count <= options.rareTermMaxDf && indexable(id)) visit(id)
    }
  }
  // First pass: approximate key counts in a fixed table. Collisions only over-count: a rare key may be
  // skipped as common, or a unique one get a one-sentence postings list, which yields no pair.
  const counts = new Uint16Array(COUNT_TABLE_SIZE)
  for (const ids of terms) eachKey(ids, (key) => { const slot = hashSlot(key); if (counts[slot]! < 65535) counts[slot]!++ })
  // Second pass: postings only for keys that at least two sentences may share and that are not too common.
  const postings = new Map<number, number[]>()
  terms.forEach((ids, sentence) => eachKey(ids, (key) => {
    const count = counts[hashSlot(key)]!
    if (count < 2 || count > options.maxPostings * 4) return
    const posting = postings.get(key)
    if (!posting) postings.set(key, [sentence])
    else if (posting.length <= options.maxPostings && posting.at(-1) !== sentence) posting.push(sentence)
  }))
  const pairs = new Map<number, number>()
  const size = terms.length
  for (const posting of postings.values()) {
    if (posting.length < 2 || posting.length > options.maxPostings) continue
    for (let i = 0; i < posting.length; i++) {
      const a = posting[i]!
      for (let j = i + 1; j < posting.length; j++) {
        const b = posting[j]!
        if (a === b || groupOf(a) === groupOf(b)) continue
        const key = a < b ? a * size + b : b * size + a
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
    }
  }
  return pairs
}

const COUNT_TABLE_SIZE = 1 << 23

/** A slot of the count table for a key (a multiplicative hash of the key's two halves). */
function hashSlot(key: number): number {
  const low = key >>> 0
  const high = Math.floor(key / 4294967296)
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & (COUNT_TABLE_SIZE - 1)
}

/** Decodes a pair key back into its two sentence indices. */
export function decodePair(key: number, size: number): [number, number] {
  const a = Math.floor(key / size)
  return [a, key - a * size]
}
