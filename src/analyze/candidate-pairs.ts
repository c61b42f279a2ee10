/**
 * Candidate sentence pairs from an inverted index over content-term bigrams and rare terms:
 * only sentences that share something are ever compared, and very common keys (long postings
 * lists) are skipped, so the work grows with the corpus, not with its square. The index is built
 * from flat typed arrays sorted once (no map of lists, no pair map), so 10,000 articles fit in
 * little memory and time.
 */

import { bitsFor, radixSort } from './radix-sort.ts'
import type { TermLists } from './term-vectors.ts'

/** Options for the index. */
export interface CandidateOptions {
  /** Postings lists longer than this are ignored (the key says too little). */
  maxPostings: number
  /** A single term is indexed when at most this many sentences hold it. */
  rareTermMaxDf: number
}

/** Which group (outlet or source) each sentence belongs to: pairs inside one group are not compared. */
export type GroupOf = (sentence: number) => number

/** Candidate pairs: keys `a * size + b` (a < b) in ascending order, with how many index keys each pair shares. */
export interface CandidateList {
  keys: Float64Array
  shared: Uint16Array
}

/** A growable list of doubles. */
class DoubleList {
  data = new Float64Array(1 << 16)
  length = 0

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }

  /** The values sorted as `radixSort(values, bits, scale)` sorts them (this list's storage is overwritten). */
  sorted(bits: number, scale = 1): Float64Array {
    return radixSort(this.data.subarray(0, this.length), bits, scale)
  }
}

/** Pairs of sentences from different groups that share an indexed key, and extra pairs (e.g. shared quotes) counted as sharing `extraShared` keys. */
export function candidatePairs(terms: TermLists, df: Int32Array, groupOf: GroupOf, options: CandidateOptions, indexable: (id: number) => boolean, extra: Iterable<number> = [], extraShared = 2): CandidateList {
  const vocabulary = df.length
  const { offsets, ids } = terms
  // Per term id: indexed on its own (rare enough, and indexable), asked once per term.
  const rare = new Uint8Array(vocabulary)
  for (let id = 0; id < vocabulary; id++) rare[id] = df[id]! >= 2 && df[id]! <= options.rareTermMaxDf && indexable(id) ? 1 : 0
  // A sentence's index keys (its bigrams, then its rare terms) into a reused buffer; returns how many.
  let buffer = new Float64Array(256)
  const keysOf = (sentence: number): number => {
    const from = offsets[sentence]!
    const to = offsets[sentence + 1]!
    if (2 * (to - from) > buffer.length) buffer = new Float64Array(2 * (to - from))
    let n = 0
    for (let k = from + 1; k < to; k++) buffer[n++] = ids[k - 1]! * vocabulary + ids[k]! + vocabulary
    for (let k = from; k < to; k++) if (rare[ids[k]!] === 1) buffer[n++] = ids[k]!
    return n
  }
  // First pass: approximate key counts in a fixed table. Collisions only over-count: a rare key may be
  // skipped as common, or a unique one kept, which yields no pair.
  // Counts only need to tell "too common" (above maxCount) apart: bytes when maxCount is below 255, half the
  // table's 16 MB of random accesses through the caches (a count saturates at the type's largest value).
  const maxCount = options.maxPostings * 4
  const counts = maxCount < 255 ? new Uint8Array(COUNT_TABLE_SIZE) : new Uint16Array(COUNT_TABLE_SIZE)
  const saturated = maxCount < 255 ? 255 : 65535
  const size = offsets.length - 1
  for (let sentence = 0; sentence < size; sentence++) {
    const n = keysOf(sentence)
    for (let k = 0; k < n; k++) {
      const slot = hashSlot(buffer[k]!, COUNT_SEED, COUNT_TABLE_SIZE)
      if (counts[slot]! < saturated) counts[slot]!++
    }
  }
  // Second pass: one entry (postings slot, sentence) per key that two sentences may share and that is not
  // too common; sorting the entries groups each key's postings. Postings slots come from a wider, independent
  // hash, so two kept keys rarely share one (when they do, their sentences are merely also compared).
  const entries = new DoubleList()
  for (let sentence = 0; sentence < size; sentence++) {
    const n = keysOf(sentence)
    for (let k = 0; k < n; k++) {
      const key = buffer[k]!
      const count = counts[hashSlot(key, COUNT_SEED, COUNT_TABLE_SIZE)]!
      if (count >= 2 && count <= maxCount) entries.push(hashSlot(key, POSTINGS_SEED, POSTINGS_SLOTS) * size + sentence)
    }
  }
  // Entries were pushed sentence by sentence: a stable sort by postings slot leaves each slot's sentences ascending.
  const sorted = entries.sorted(bitsFor(POSTINGS_SLOTS), size)
  const pairs = new DoubleList()
  const posting: number[] = []
  for (let i = 0; i < sorted.length;) {
    const slot = Math.floor(sorted[i]! / size)
    posting.length = 0
    let j = i
    for (; j < sorted.length && Math.floor(sorted[j]! / size) === slot; j++) {
      const sentence = sorted[j]! - slot * size
      if (posting.at(-1) !== sentence) posting.push(sentence)
    }
    i = j
    if (posting.length < 2 || posting.length > options.maxPostings) continue
    for (let x = 0; x < posting.length; x++) {
      const a = posting[x]!
      const groupA = groupOf(a)
      for (let y = x + 1; y < posting.length; y++) {
        const b = posting[y]!
        if (groupA !== groupOf(b)) pairs.push(a * size + b)
      }
    }
  }
  for (const key of extra) for (let k = 0; k < extraShared; k++) pairs.push(key)
  return runs(pairs.sorted(bitsFor(size * size)))
}

/** Distinct values of a sorted list with how often each occurs. */
function runs(sorted: Float64Array): CandidateList {
  const keys = new Float64Array(sorted.length)
  const shared = new Uint16Array(sorted.length)
  let n = 0
  for (let i = 0; i < sorted.length;) {
    let j = i + 1
    while (j < sorted.length && sorted[j] === sorted[i]) j++
    keys[n] = sorted[i]!
    shared[n] = Math.min(65535, j - i)
    n++
    i = j
  }
  return { keys: keys.slice(0, n), shared: shared.slice(0, n) }
}

const COUNT_TABLE_SIZE = 1 << 23
const POSTINGS_SLOTS = 1 << 26
const COUNT_SEED = 0x9e3779b1
const POSTINGS_SEED = 0x7feb352d

/** A slot of a table of `slots` (a power of two) for a key: a multiplicative hash of the key's two halves. */
function hashSlot(key: number, seed: number, slots: number): number {
  const low = key >>> 0
  const high = Math.floor(key / 4294967296)
  let h = Math.imul(low ^ Math.imul(high, seed), 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) & (slots - 1)
}

/** Decodes a pair key back into its two sentence indices. */
export function decodePair(key: number, size: number): [number, number] {
  const a = Math.floor(key / size)
  return [a, key - a * size]
}
