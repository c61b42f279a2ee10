/**
 * Aligns sentences of different sources that report the same thing: candidates from the index,
 * a similarity score, shared quotes, and a best-match rule so that each sentence links only to
 * its closest counterpart in each other source.
 */
import type { CrossRefKind } from '../model.ts'
import { candidatePairs, decodePair } from './candidate-pairs.ts'
import { cosine, coverage, documentFrequency, termVector, termWeight } from './term-vectors.ts'
import type { TermVector } from './term-vectors.ts'

/** A link between two sentences (indices into the corpus's sentence list). */
export interface Edge {
  a: number
  b: number
  score: number
  kind: CrossRefKind
}

/** Thresholds and limits of the alignment. */
export interface AlignOptions {
  claimScore: number
  relatedScore: number
  maxPostings: number
  rareTermMaxDf: number
}

/** Pairs sharing fewer index keys than this are not scored, unless one sentence is short. */
const MIN_SHARED_KEYS = 2
const SHORT_SENTENCE = 6

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { claimScore: 0.42, relatedScore: 0.3, maxPostings: 40, rareTermMaxDf: 12 }

/** What the aligner needs per sentence. */
export interface AlignInput {
  /** Content terms of each sentence, as ids of `names`. */
  terms: readonly Int32Array[]
  /** The term of each id: `@slug` for a topic, `#value` for a number, else a stemmed word. */
  names: readonly string[]
  /** The group (outlet) of each sentence's source; sentences of one group are never aligned. */
  group: number[]
  /** The source of each sentence. */
  source: number[]
  /** Pairs of sentences that quote the same words, with the quote's similarity. */
  quotePairs: Map<number, number>
  /** Whether two sentences, similar as they read, report different events (e.g. figures far apart): a claim link between them is only `related`. */
  differentEvents?: (a: number, b: number) => boolean
}

/** A `related` link needs this many shared terms and an anchor (a shared name, or figures on both sides): a lone shared word is no reason to send a reader elsewhere. */
const RELATED_MIN_SHARED = 3

/** Aligns the corpus's sentences; returns the kept edges in a stable order. */
export function alignSentences(input: AlignInput, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Edge[] {
  const size = input.terms.length
  const ids = input.terms
  const df = documentFrequency(ids, input.names.length)
  const nameFlags = Uint8Array.from(input.names, (name) => (name.startsWith('@') ? 1 : name.startsWith('#') ? 2 : 0))
  const isName = (id: number) => nameFlags[id] === 1
  const weightOf = Float64Array.from(df, (count, id) => termWeight(isName(id), count || 1, size))
  const vectors = ids.map((list) => termVector(list, df, size, isName, weightOf))
  const pairs = candidatePairs(ids, df, (sentence) => input.group[sentence]!, options, (id) => nameFlags[id] !== 2, input.quotePairs.keys(), MIN_SHARED_KEYS)
  const scored: Edge[] = []
  for (let p = 0; p < pairs.keys.length; p++) {
    const key = pairs.keys[p]!
    const [a, b] = decodePair(key, size)
    if (pairs.shared[p]! < MIN_SHARED_KEYS && Math.min(vectors[a]!.ids.length, vectors[b]!.ids.length) > SHORT_SENTENCE) continue
    const quote = input.quotePairs.get(key)
    const similarity = pairScore(vectors[a]!, vectors[b]!)
    if (quote !== undefined) scored.push({ a, b, score: round(Math.max(similarity, 0.5 + quote / 2)), kind: 'quote' })
    else if (similarity >= options.claimScore && !input.differentEvents?.(a, b)) scored.push({ a, b, score: round(similarity), kind: 'claim' })
    else if (similarity >= options.relatedScore && isAnchored(vectors[a]!, vectors[b]!, nameFlags)) scored.push({ a, b, score: round(similarity), kind: 'related' })
  }
  return keepBestMatches(scored, input.source)
}

/** Whether two sentences share enough to be worth a `related` link: RELATED_MIN_SHARED terms, and a shared name or a figure on each side (figures that differ are what discrepancies are about). */
function isAnchored(a: TermVector, b: TermVector, flags: Uint8Array): boolean {
  let shared = 0
  let anchors = hasFigure(a, flags) && hasFigure(b, flags) ? 1 : 0
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) {
      shared++
      if (flags[x] !== 0) anchors++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared >= RELATED_MIN_SHARED && anchors > 0
}

/** Whether a sentence states a figure. */
function hasFigure(vector: TermVector, flags: Uint8Array): boolean {
  for (const id of vector.ids) if (flags[id] === 2) return true
  return false
}

/** Similarity of two sentences: cosine, raised when one sentence is mostly contained in the other. */
export function pairScore(a: TermVector, b: TermVector): number {
  const both = cosine(a, b)
  const contained = coverage(a, b)
  return Math.min(1, 0.6 * both + 0.4 * contained * Math.min(1, Math.min(a.ids.length, b.ids.length) / 6))
}

/** How far below a sentence's best match towards a source another match may score and still be kept. */
const NEAR_BEST = 0.05

/** Keeps quote edges; a claim edge when it is (nearly) the best of either end towards the other's source; a related edge when it is for both ends. */
function keepBestMatches(edges: readonly Edge[], source: readonly number[]): Edge[] {
  const best = new Map<number, number>()
  const sources = source.length + 1
  const keyOf = (sentence: number, other: number) => sentence * sources + source[other]!
  const note = (sentence: number, other: number, score: number) => {
    const key = keyOf(sentence, other)
    best.set(key, Math.max(best.get(key) ?? 0, score))
  }
  for (const edge of edges) if (edge.kind !== 'quote') { note(edge.a, edge.b, edge.score); note(edge.b, edge.a, edge.score) }
  return edges.filter((edge) => {
    if (edge.kind === 'quote') return true
    const nearA = edge.score >= (best.get(keyOf(edge.a, edge.b)) ?? 0) - NEAR_BEST
    const nearB = edge.score >= (best.get(keyOf(edge.b, edge.a)) ?? 0) - NEAR_BEST
    return edge.kind === 'claim' ? nearA || nearB : nearA && nearB
  })
}

/** Rounds a score to three decimals, so output is stable across platforms. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
