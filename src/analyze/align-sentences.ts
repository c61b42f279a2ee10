/**
 * Aligns sentences of different sources that report the same thing: candidates from the index,
 * a similarity score, shared quotes, and a best-match rule so that each sentence links only to
 * its closest counterpart in each other source.
 */
import type { CrossRefKind } from '../model.ts'
import { nearFigures, packedEvidence } from './pair-evidence.ts'
import { PairTable } from './pair-table.ts'
import type { PackedVectors, PairEvidence, TermFlags } from './pair-evidence.ts'
import { evidenceAt, scoreCandidates } from './score-candidates.ts'
import type { CandidateScores } from './score-candidates.ts'
import type { TermLists } from './term-vectors.ts'

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

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { claimScore: 0.42, relatedScore: 0.3, maxPostings: 40, rareTermMaxDf: 12 }

/** What the aligner needs per sentence. */
export interface AlignInput {
  /** Content terms of each sentence, as ids of `names`. */
  terms: TermLists
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

/**
 * Competitive linking: when two sentences are each other's best match in the other's source, a
 * weaker score still means the same claim, provided something specific anchors the pair (a name
 * or a figure both state) and they share this many terms. News reports of one event reword the
 * same facts; a sentence's best counterpart in another report of that event is far more often
 * the same fact than an equally similar sentence that has a better counterpart elsewhere.
 */
const MUTUAL_CLAIM_SCORE = 0.3
const MUTUAL_MIN_SHARED = 2
/** A specific figure both state ("850,000", "7:40") is itself strong evidence: mutual best matches sharing one need less. */
const MUTUAL_FIGURE_SCORE = 0.2

/** The lowest score a pair without a shared quote may have and still become a link (see scoreCandidates). */
export function scoreFloor(options: AlignOptions): number {
  return Math.min(MUTUAL_FIGURE_SCORE, options.relatedScore)
}

/** The scored candidate pairs before they become edges, column by column (arrays of numbers, no object per pair). */
class Scored {
  readonly a: number[] = []
  readonly b: number[] = []
  readonly score: number[] = []
  readonly shared: number[] = []
  readonly names: number[] = []
  readonly figures: number[] = []
  readonly specificFigures: number[] = []
  readonly figuresOnBothSides: boolean[] = []
  /** Whether the pair shares a quote, and that quote's similarity (0 when it shares none). */
  readonly quoted: boolean[] = []
  readonly quote: number[] = []
  readonly different: boolean[] = []

  /** How many pairs. */
  get length(): number {
    return this.a.length
  }

  /** Appends a pair. */
  push(a: number, b: number, evidence: PairEvidence, quote: number | undefined, different: boolean): void {
    this.a.push(a)
    this.b.push(b)
    this.score.push(evidence.score)
    this.shared.push(evidence.shared)
    this.names.push(evidence.names)
    this.figures.push(evidence.figures)
    this.specificFigures.push(evidence.specificFigures)
    this.figuresOnBothSides.push(evidence.figuresOnBothSides)
    this.quoted.push(quote !== undefined)
    this.quote.push(quote ?? 0)
    this.different.push(different)
  }
}

/** Aligns the corpus's sentences; returns the kept edges in a stable order. `scores`, when given, is `scoreCandidates` of this input and options (e.g. computed in a worker thread). */
export function alignSentences(input: AlignInput, options: AlignOptions = DEFAULT_ALIGN_OPTIONS, scores?: CandidateScores): Edge[] {
  const candidates = scores ?? scoreCandidates(input.terms, input.names, input.group, options, scoreFloor(options))
  const { vectors, flags: nameFlags, values } = candidates
  const size = input.terms.offsets.length - 1
  const identifying = identifyingFigures(vectors, nameFlags, values, input.source)
  const quoteKeys = Float64Array.from(input.quotePairs.keys()).sort()
  const scored = new Scored()
  const evidence: PairEvidence = { score: 0, shared: 0, names: 0, figures: 0, specificFigures: 0, figuresOnBothSides: false }
  // The scored candidates and the quote pairs, both in ascending key order, merged: a quote pair is always scored (whatever its score), with its quote.
  let q = 0
  for (let p = 0; p < candidates.keys.length || q < quoteKeys.length;) {
    const key = p < candidates.keys.length ? candidates.keys[p]! : Infinity
    const quoteKey = q < quoteKeys.length ? quoteKeys[q]! : Infinity
    const next = Math.min(key, quoteKey)
    const a = Math.floor(next / size)
    const b = next - a * size
    if (quoteKey <= key) {
      scored.push(a, b, packedEvidence(vectors, a, b, nameFlags, values, evidence), input.quotePairs.get(quoteKey)!, false)
      q++
      if (key === quoteKey) p++
    } else {
      scored.push(a, b, evidenceAt(candidates, p, evidence), undefined, input.differentEvents?.(a, b) ?? false)
      p++
    }
  }
  const mutual = mutualBest(scored, input.source)
  const edges: Edge[] = []
  for (let k = 0; k < scored.length; k++) {
    const a = scored.a[k]!
    const b = scored.b[k]!
    const quote = scored.quote[k]!
    const different = scored.different[k]!
    const evidenceScore = scored.score[k]!
    const names = scored.names[k]!
    const shared = scored.shared[k]!
    const anchored = names > 0 || scored.figuresOnBothSides[k]!
    const sharedAnchor = names > 0 || scored.figures[k]! > 0
    const mutualFloor = scored.specificFigures[k]! > 0 && evidenceScore < MUTUAL_CLAIM_SCORE && identifying(a, b) ? MUTUAL_FIGURE_SCORE : MUTUAL_CLAIM_SCORE
    const score = round(evidenceScore)
    if (scored.quoted[k]) edges.push({ a, b, score: round(Math.max(evidenceScore, 0.5 + quote / 2)), kind: 'quote' })
    else if (!different && evidenceScore >= options.claimScore) edges.push({ a, b, score, kind: 'claim' })
    else if (!different && mutual[k] && evidenceScore >= mutualFloor && sharedAnchor && shared >= MUTUAL_MIN_SHARED) edges.push({ a, b, score, kind: 'claim' })
    else if (evidenceScore >= options.relatedScore && anchored && shared >= RELATED_MIN_SHARED) edges.push({ a, b, score, kind: 'related' })
  }
  return keepBestMatches(edges, input.source)
}

/**
 * Whether two sentences share an identifying figure: a specific figure (flag 3) each states, of
 * (nearly) one value, that no other sentence of its source repeats. A figure a source repeats is
 * the story's running theme ("the missing 1.9 billion euros"), not the mark of one claim.
 */
function identifyingFigures(vectors: PackedVectors, flags: TermFlags, values: Float64Array, source: readonly number[]): (a: number, b: number) => boolean {
  const vocabulary = flags.length
  const { offsets, ids } = vectors
  let perSource: Map<number, number> | undefined // built on first use: few pairs ever ask
  const count = () => {
    const counts = new Map<number, number>()
    for (let sentence = 0; sentence + 1 < offsets.length; sentence++) {
      for (let k = offsets[sentence]!; k < offsets[sentence + 1]!; k++) {
        const id = ids[k]!
        if (flags[id] === 3) { const key = source[sentence]! * vocabulary + id; counts.set(key, (counts.get(key) ?? 0) + 1) }
      }
    }
    return counts
  }
  const once = (sentence: number, id: number) => (perSource ??= count()).get(source[sentence]! * vocabulary + id) === 1
  return (a, b) => {
    for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
      const x = ids[i]!
      if (flags[x] !== 3 || !once(a, x)) continue
      for (let j = offsets[b]!; j < offsets[b + 1]!; j++) {
        const y = ids[j]!
        if (flags[y] === 3 && (x === y || nearFigures(values[x]!, values[y]!)) && once(b, y)) return true
      }
    }
    return false
  }
}

/** For each scored pair, whether each end is the other's best match (strictly, ties lose) in the other's source. */
function mutualBest(scored: Scored, source: readonly number[]): boolean[] {
  // Per (sentence, other source): the best score and how many pairs reach it.
  const table = new PairTable(scored.length * 2)
  const best = new Float64Array(scored.length * 2)
  const count = new Int32Array(scored.length * 2)
  const note = (sentence: number, other: number, score: number) => {
    const size = table.size
    const entry = table.add(sentence, source[other]!)
    if (entry === size || score > best[entry]!) { best[entry] = score; count[entry] = 1 }
    else if (score === best[entry]) count[entry]!++
  }
  for (let k = 0; k < scored.length; k++) if (!scored.quoted[k]) { note(scored.a[k]!, scored.b[k]!, scored.score[k]!); note(scored.b[k]!, scored.a[k]!, scored.score[k]!) }
  const isBest = (sentence: number, other: number, score: number) => {
    const entry = table.find(sentence, source[other]!)
    return entry >= 0 && best[entry] === score && count[entry] === 1
  }
  return scored.a.map((a, k) => !scored.quoted[k] && isBest(a, scored.b[k]!, scored.score[k]!) && isBest(scored.b[k]!, a, scored.score[k]!))
}

/** How far below a sentence's best match towards a source another match may score and still be kept. */
const NEAR_BEST = 0.05

/** Keeps quote edges; a claim edge when it is (nearly) the best of either end towards the other's source; a related edge when it is for both ends. */
function keepBestMatches(edges: readonly Edge[], source: readonly number[]): Edge[] {
  // Per (sentence, other source): the best score of its claim and related edges.
  const table = new PairTable(edges.length * 2)
  const best = new Float64Array(edges.length * 2)
  const note = (sentence: number, other: number, score: number) => {
    const entry = table.add(sentence, source[other]!)
    best[entry] = Math.max(best[entry]!, score)
  }
  const bestOf = (sentence: number, other: number) => {
    const entry = table.find(sentence, source[other]!)
    return entry < 0 ? 0 : best[entry]!
  }
  for (const edge of edges) if (edge.kind !== 'quote') { note(edge.a, edge.b, edge.score); note(edge.b, edge.a, edge.score) }
  return edges.filter((edge) => {
    if (edge.kind === 'quote') return true
    const nearA = edge.score >= bestOf(edge.a, edge.b) - NEAR_BEST
    const nearB = edge.score >= bestOf(edge.b, edge.a) - NEAR_BEST
    return edge.kind === 'claim' ? nearA || nearB : nearA && nearB
  })
}

/** Rounds a score to three decimals, so output is stable across platforms. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
