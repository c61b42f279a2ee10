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

/** Pairs [a, b] (a < b) of sentences from different groups that share an indexed key, with how many keys they share. */
export function candidatePairs(terms: readonly string[][], df: ReadonlyMap<string, number>, groupOf: GroupOf, options: CandidateOptions): Map<number, number> {
  const postings = new Map<string, number[]>()
  terms.forEach((list, sentence) => {
    for (const key of indexKeys(list, df, options.rareTermMaxDf)) {
      const posting = postings.get(key)
      if (posting) { if (posting.length <= options.maxPostings) posting.push(sentence) } else postings.set(key, [sentence])
    }
  })
  const pairs = new Map<number, number>()
  const size = terms.length
  for (const posting of postings.values()) {
    if (posting.length < 2 || posting.length > options.maxPostings) continue
    for (let i = 0; i < posting.length; i++) {
      const a = posting[i]!
      for (let j = i + 1; j < posting.length; j++) {
        const b = posting[j]!
        if (groupOf(a) === groupOf(b)) continue
        const key = a < b ? a * size + b : b * size + a
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
    }
  }
  return pairs
}

/** The index keys of one sentence: its distinct term bigrams and its rare terms. */
function indexKeys(list: readonly string[], df: ReadonlyMap<string, number>, rareTermMaxDf: number): Set<string> {
  const keys = new Set<string>()
  for (let k = 1; k < list.length; k++) keys.add(`${list[k - 1]} ${list[k]}`)
  for (const term of list) {
    const count = df.get(term) ?? 0
    if (count >= 2 && count <= rareTermMaxDf && !term.startsWith('#')) keys.add(term)
  }
  return keys
}

/** Decodes a pair key back into its two sentence indices. */
export function decodePair(key: number, size: number): [number, number] {
  const a = Math.floor(key / size)
  return [a, key - a * size]
}
