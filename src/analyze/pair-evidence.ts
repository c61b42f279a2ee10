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
  const figureIndexA: number[] = []
  const figureIndexB: number[] = []
  let i = 0
  let j = 0
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity
    const y = j < b.ids.length ? b.ids[j]! : Infinity
    if (x === y) {
      const wa = a.weights[i]!
      const wb = b.weights[j]!
      dot += wa * wb
      sharedA += wa * wa
      sharedB += wb * wb
      shared++
      if (flags[x] === 1) names++
      else if (flags[x]! >= 2) { figures++; figuresA++; figuresB++; if (flags[x] === 3) specificFigures++ }
      i++
      j++
    } else if (x < y) {
      if (flags[x]! >= 2) { figuresA++; if (figureIndexA.length < 31) { unmatchedA |= 1 << figureIndexA.length; figureIndexA.push(i) } }
      i++
    } else {
      if (flags[y]! >= 2) { figuresB++; if (figureIndexB.length < 31) { unmatchedB |= 1 << figureIndexB.length; figureIndexB.push(j) } }
      j++
    }
  }
  // Near figures: each unmatched figure of a may meet one unmatched figure of b (few per sentence).
  for (let p = 0; p < figureIndexA.length && unmatchedB !== 0; p++) {
    if (!(unmatchedA & (1 << p))) continue
    const ia = figureIndexA[p]!
    for (let q = 0; q < figureIndexB.length; q++) {
      if (!(unmatchedB & (1 << q))) continue
      const ib = figureIndexB[q]!
      if (!nearFigures(values[a.ids[ia]!]!, values[b.ids[ib]!]!)) continue
      const wa = a.weights[ia]!
      const wb = b.weights[ib]!
      const w = Math.min(wa, wb)
      dot += w * w
      sharedA += w * w
      sharedB += w * w
      shared++
      figures++
      if (flags[a.ids[ia]!] === 3 && flags[b.ids[ib]!] === 3) specificFigures++
      unmatchedB &= ~(1 << q)
      break
    }
  }
  const cosine = a.norm === 0 || b.norm === 0 ? 0 : Math.min(1, dot / (a.norm * b.norm))
  const small = Math.min(a.norm, b.norm)
  const coverage = small === 0 ? 0 : Math.min(1, Math.sqrt(a.norm <= b.norm ? sharedA : sharedB) / small)
  const score = Math.min(1, 0.6 * cosine + 0.4 * coverage * Math.min(1, Math.min(a.ids.length, b.ids.length) / 6))
  return { score, shared, names, figures, specificFigures, figuresOnBothSides: figuresA > 0 && figuresB > 0 }
}
