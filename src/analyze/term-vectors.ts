/** Sentences as sets of weighted terms (inverse document frequency), and their cosine similarity. */

/** A sentence's distinct terms with weights, and the vector's norm. */
export interface TermVector {
  terms: Map<string, number>
  norm: number
}

/** Document frequency of each term: in how many sentences it occurs. */
export function documentFrequency(terms: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>()
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1)
  return df
}

/** The weight of a term: rarer terms say more; names count a little more than words. */
export function termWeight(term: string, df: number, sentences: number): number {
  const idf = Math.log((sentences + 1) / (df + 0.5))
  return Math.max(0.1, idf) * (term.startsWith('@') ? 1.2 : 1)
}

/** Builds the weighted vector of one sentence. */
export function termVector(list: readonly string[], df: ReadonlyMap<string, number>, sentences: number): TermVector {
  const terms = new Map<string, number>()
  for (const term of list) terms.set(term, termWeight(term, df.get(term) ?? 1, sentences))
  let sum = 0
  for (const weight of terms.values()) sum += weight * weight
  return { terms, norm: Math.sqrt(sum) }
}

/** Cosine similarity of two vectors (0..1). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small.terms) {
    const other = large.terms.get(term)
    if (other !== undefined) dot += weight * other
  }
  return dot / (a.norm * b.norm)
}

/** The weight the shorter sentence shares with the other, over its own: how much of it the other covers. */
export function coverage(a: TermVector, b: TermVector): number {
  const [small, large] = a.norm <= b.norm ? [a, b] : [b, a]
  if (small.norm === 0) return 0
  let shared = 0
  for (const [term, weight] of small.terms) if (large.terms.has(term)) shared += weight * weight
  return Math.sqrt(shared) / small.norm
}
