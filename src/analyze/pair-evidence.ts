/**
 * What two sentences share, in one merge of their sorted term vectors: the similarity score
 * (cosine, raised when the shorter sentence is mostly covered), how many terms they share, and
 * whether something specific anchors them (a shared name, or a figure on each side). Figures of
 * nearly the same value ("about 4,500 lorries" / "around 5,000 lorries", "four workers" / "five
 * workers") count as shared: two reports of one figure that disagree are what a reader most
 * wants to see side by side, and exact-value terms alone would keep them apart.
 */
import type { TermVector } from './term-vectors.ts'

/** Per term id: 0 a word, 1 a name (topic), 2 a number, 3 a specific number (a clock time, or 100 or more and no year). */
export type TermFlags = Uint8Array

/** What a pair of sentences shares. */
export interface PairEvidence {
  /** Similarity, 0..1. */
  score: number
  /** Terms in both (near figures included). */
  shared: number
  /** Shared names. */
  names: number
  /** Figures of (nearly) one value in both. */
  figures: number
  /** Of those, specific ones (flag 3): "850,000", "7:40", not "two". */
  specificFigures: number
  /** Both sentences state a figure. */
  figuresOnBothSides: boolean
}

/** Two numbers this close (ratio) are one figure reported two ways. */
const NEAR_FIGURE = 1.25

/** Whether two number terms' values are near but not equal (years never are: 2019 is not 2020). */
export function nearFigures(x: number, y: number): boolean {
  if (!(x > 0 && y > 0) || x === y || isYearLike(x) || isYearLike(y)) return false
  return Math.max(x, y) / Math.min(x, y) <= NEAR_FIGURE
}

/** An integer that reads as a year. */
function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2100
}

/** The evidence two sentence vectors give; `values` holds each number term's value (NaN for other terms). */
export function pairEvidence(a: TermVector, b: TermVector, flags: TermFlags, values: Float64Array): PairEvidence {
  return { ...evidenceOf(a.ids, a.weights, 0, a.ids.length, a.norm, b.ids, b.weights, 0, b.ids.length, b.norm, flags, values, scratch) }
}

/** Sentence vectors packed end to end: sentence s holds entries [offsets[s], offsets[s + 1]) of `ids` and `weights`. */
export interface PackedVectors {
  offsets: Int32Array
  ids: Int32Array
  weights: Float64Array
  norms: Float64Array
}

/** The evidence of packed sentences a and b, written into `out` (reused by the caller: no object per pair). */
export function packedEvidence(vectors: PackedVectors, a: number, b: number, flags: TermFlags, values: Float64Array, out: PairEvidence): PairEvidence {
  const { offsets, ids, weights, norms } = vectors
  return evidenceOf(ids, weights, offsets[a]!, offsets[a + 1]!, norms[a]!, ids, weights, offsets[b]!, offsets[b + 1]!, norms[b]!, flags, values, out)
}

const scratch: PairEvidence = { score: 0, shared: 0, names: 0, figures: 0, specificFigures: 0, figuresOnBothSides: false }
const figureIndexA = new Int32Array(31)
const figureIndexB = new Int32Array(31)

/** The merge of two sorted id ranges (see pairEvidence), into `out`. */
function evidenceOf(idsA: Int32Array, weightsA: Float64Array, fromA: number, toA: number, normA: number, idsB: Int32Array, weightsB: Float64Array, fromB: number, toB: number, normB: number, flags: TermFlags, values: Float64Array, out: PairEvidence): PairEvidence {
  let dot = 0
  let sharedA = 0
  let sharedB = 0
  let shared = 0
  let names = 0
  let figures = 0
  let specificFigures = 0
  let figuresA = 0
  let figuresB = 0
  let unmatchedA = 0 // bitmask of a's unmatched figure positions (first 31)
  let unmatchedB = 0
  let countA = 0
  let countB = 0
  let i = fromA
  let j = fromB
  while (i < toA || j < toB) {
    const x = i < toA ? idsA[i]! : Infinity
    const y = j < toB ? idsB[j]! : Infinity
    if (x === y) {
      const wa = weightsA[i]!
      const wb = weightsB[j]!
      dot += wa * wb
      sharedA += wa * wa
      sharedB += wb * wb
      shared++
      if (flags[x] === 1) names++
      else if (flags[x]! >= 2) { figures++; figuresA++; figuresB++; if (flags[x] === 3) specificFigures++ }
      i++
      j++
    } else if (x < y) {
      if (flags[x]! >= 2) { figuresA++; if (countA < 31) { unmatchedA |= 1 << countA; figureIndexA[countA++] = i } }
      i++
    } else {
      if (flags[y]! >= 2) { figuresB++; if (countB < 31) { unmatchedB |= 1 << countB; figureIndexB[countB++] = j } }
      j++
    }
  }
  // Near figures: each unmatched figure of a may meet one unmatched figure of b (few per sentence).
  for (let p = 0; p < countA && unmatchedB !== 0; p++) {
    if (!(unmatchedA & (1 << p))) continue
    const ia = figureIndexA[p]!
    for (let q = 0; q < countB; q++) {
      if (!(unmatchedB & (1 << q))) continue
      const ib = figureIndexB[q]!
      if (!nearFigures(values[idsA[ia]!]!, values[idsB[ib]!]!)) continue
      const wa = weightsA[ia]!
      const wb = weightsB[ib]!
      const w = Math.min(wa, wb)
      dot += w * w
      sharedA += w * w
      sharedB += w * w
      shared++
      figures++
      if (flags[idsA[ia]!] === 3 && flags[idsB[ib]!] === 3) specificFigures++
      unmatchedB &= ~(1 << q)
      break
    }
  }
  const lengthA = toA - fromA
  const lengthB = toB - fromB
  const cosine = normA === 0 || normB === 0 ? 0 : Math.min(1, dot / (normA * normB))
  const small = Math.min(normA, normB)
  const coverage = small === 0 ? 0 : Math.min(1, Math.sqrt(normA <= normB ? sharedA : sharedB) / small)
  out.score = Math.min(1, 0.6 * cosine + 0.4 * coverage * Math.min(1, Math.min(lengthA, lengthB) / 6))
  out.shared = shared
  out.names = names
  out.figures = figures
  out.specificFigures = specificFigures
  out.figuresOnBothSides = figuresA > 0 && figuresB > 0
  return out
}
