/**
 * Sentences as sparse vectors of interned terms weighted by inverse document frequency, and
 * their similarity. Terms are interned to integers and vectors kept sorted, so comparing two
 * sentences is a merge of two short arrays.
 */
import type { PackedVectors } from './pair-evidence.ts'

/** A sentence's distinct term ids (ascending) with their weights, and the vector's norm. */
export interface TermVector {
  ids: Int32Array
  weights: Float64Array
  norm: number
}

/** Every sentence's term ids packed end to end: sentence s holds `ids[offsets[s]]` to `ids[offsets[s + 1] - 1]`, in order, repeats kept. */
export interface TermLists {
  offsets: Int32Array
  ids: Int32Array
}

/** Term lists from one array per sentence (for tests and small inputs). */
export function packTermLists(sentences: readonly ArrayLike<number>[]): TermLists {
  const offsets = new Int32Array(sentences.length + 1)
  for (let s = 0; s < sentences.length; s++) offsets[s + 1] = offsets[s]! + sentences[s]!.length
  const ids = new Int32Array(offsets[sentences.length]!)
  sentences.forEach((list, s) => ids.set(list, offsets[s]!))
  return { offsets, ids }
}

/** Terms interned as consecutive integers. */
export class TermTable {
  private readonly ids = new Map<string, number>()
  readonly names: string[] = []

  /** The id of a term, interning it on first sight. */
  id(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.names.length
      this.ids.set(term, id)
      this.names.push(term)
    }
    return id
  }
}

/** Document frequency of each term id: in how many sentences it occurs. */
export function documentFrequency(terms: TermLists, vocabulary: number): Int32Array {
  const df = new Int32Array(vocabulary)
  const seen = new Int32Array(vocabulary).fill(-1)
  const { offsets, ids } = terms
  for (let sentence = 0; sentence + 1 < offsets.length; sentence++) {
    for (let k = offsets[sentence]!; k < offsets[sentence + 1]!; k++) {
      const id = ids[k]!
      if (seen[id] === sentence) continue
      seen[id] = sentence
      df[id]!++
    }
  }
  return df
}

/** The weight of a term: rarer terms say more; names count a little more than words. */
export function termWeight(isName: boolean, df: number, sentences: number): number {
  const idf = Math.log((sentences + 1) / (df + 0.5))
  return Math.max(0.1, idf) * (isName ? 1.2 : 1)
}

/** Builds the weighted vector of one sentence's term ids; `weightOf` gives a term's weight (see termWeight), computed once per term by the caller. */
export function termVector(ids: Int32Array, df: Int32Array, sentences: number, isName: (id: number) => boolean, weightOf?: Float64Array): TermVector {
  const sorted = ids.slice().sort()
  let n = 0
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!
  const unique = sorted.subarray(0, n)
  const weights = new Float64Array(n)
  let sum = 0
  for (let k = 0; k < n; k++) {
    const id = unique[k]!
    const weight = weightOf ? weightOf[id]! : termWeight(isName(id), df[id] ?? 1, sentences)
    weights[k] = weight
    sum += weight * weight
  }
  return { ids: unique, weights, norm: Math.sqrt(sum) }
}

/** The dot product of two vectors and the squared weight of the shared terms on the smaller-norm side. */
function shared(a: TermVector, b: TermVector): { dot: number; small: number } {
  let i = 0
  let j = 0
  let dot = 0
  let sharedA = 0
  let sharedB = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) {
      const wa = a.weights[i]!
      const wb = b.weights[j]!
      dot += wa * wb
      sharedA += wa * wa
      sharedB += wb * wb
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return { dot, small: a.norm <= b.norm ? sharedA : sharedB }
}

/** Cosine similarity of two vectors (0..1). */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0
  return shared(a, b).dot / (a.norm * b.norm)
}

/** How much of the shorter sentence (by weight) the other covers (0..1). */
export function coverage(a: TermVector, b: TermVector): number {
  const small = Math.min(a.norm, b.norm)
  if (small === 0) return 0
  return Math.sqrt(shared(a, b).small) / small
}

/** Every sentence's vector (as termVector builds it) packed end to end in flat arrays: no objects or typed arrays per sentence. */
export function packVectors(terms: TermLists, weightOf: Float64Array): PackedVectors {
  const count = terms.offsets.length - 1
  const total = terms.offsets[count]!
  const offsets = new Int32Array(count + 1)
  const ids = new Int32Array(total)
  const weights = new Float64Array(total)
  const norms = new Float64Array(count)
  let n = 0
  for (let s = 0; s < count; s++) {
    const from = n
    offsets[s] = from
    const length = terms.offsets[s + 1]! - terms.offsets[s]!
    sortInto(terms.ids, terms.offsets[s]!, length, ids, from)
    // Distinct ids, compacted in place (the write position never passes the read position).
    for (let k = from; k < from + length; k++) if (k === from || ids[k] !== ids[k - 1]) ids[n++] = ids[k]!
    let sum = 0
    for (let k = from; k < n; k++) {
      const weight = weightOf[ids[k]!]!
      weights[k] = weight
      sum += weight * weight
    }
    norms[s] = Math.sqrt(sum)
  }
  offsets[count] = n
  return { offsets, ids: ids.subarray(0, n), weights: weights.subarray(0, n), norms }
}

/** Copies `length` ids from `source` at `at` to `target` at `to`, sorted ascending: insertion sort for a sentence's few terms (no typed array view or sort call per sentence), the built-in sort for long lists. */
function sortInto(source: Int32Array, at: number, length: number, target: Int32Array, to: number): void {
  if (length > 48) {
    target.set(source.subarray(at, at + length), to)
    target.subarray(to, to + length).sort()
    return
  }
  for (let k = 0; k < length; k++) {
    const value = source[at + k]!
    let j = to + k
    while (j > to && target[j - 1]! > value) {
      target[j] = target[j - 1]!
      j--
    }
    target[j] = value
  }
}
