/**
 * The part of the alignment that reads only the sentences' terms and groups: term weights and
 * vectors, the candidate pairs (term index and near figures), and each candidate's evidence,
 * dropping the pairs too weak to become a link. What it returns is plain typed arrays, so it can
 * run in a worker thread while the corpus analysis resolves quotes (score-worker.ts), and the
 * shared quotes, which only the analysis knows, are merged in afterwards (align-sentences.ts).
 */
import { candidatePairs } from './candidate-pairs.ts'
import type { CandidateOptions } from './candidate-pairs.ts'
import { figureCandidates } from './figure-candidates.ts'
import { packedEvidence } from './pair-evidence.ts'
import type { PackedVectors, PairEvidence, TermFlags } from './pair-evidence.ts'
import { documentFrequency, packVectors, termWeight } from './term-vectors.ts'
import type { TermLists } from './term-vectors.ts'

/** Pairs sharing fewer index keys than this are not scored, unless one sentence is short. */
export const MIN_SHARED_KEYS = 2
const SHORT_SENTENCE = 6

/** The scored candidates, in ascending key order (`a * size + b`, a < b), with the term data their evidence came from. */
export interface CandidateScores {
  /** Per term id: its value for a number term (NaN otherwise) and its TermFlags. */
  values: Float64Array
  flags: TermFlags
  vectors: PackedVectors
  keys: Float64Array
  /** Per pair: its PairEvidence, column by column. */
  score: Float64Array
  shared: Int32Array
  names: Int32Array
  figures: Int32Array
  specificFigures: Int32Array
  figuresOnBothSides: Uint8Array
}

/** A number term specific enough to index on its own: a clock time, or a figure of 100 or more that is not a year ("850,000", "40,000"); small counts are everywhere. */
function isSpecificNumber(name: string, value: number): boolean {
  return name.startsWith('#t') || (value >= 100 && !(Number.isInteger(value) && value >= 1800 && value <= 2100))
}

/**
 * Scores the candidate pairs of sentences in different groups; keeps those scoring at least
 * `floor` (the lowest score any link may have without a shared quote). `names` are the terms of
 * the ids (`@slug` a topic, `#value` a number, else a word), `group` each sentence's outlet.
 */
export function scoreCandidates(terms: TermLists, names: readonly string[], group: ArrayLike<number>, options: CandidateOptions, floor: number): CandidateScores {
  const size = terms.offsets.length - 1
  const df = documentFrequency(terms, names.length)
  // Plain loops: TypedArray.from with a mapping function walks its source through the iterator protocol, a callback per element.
  const values = new Float64Array(names.length)
  const flags = new Uint8Array(names.length)
  const weightOf = new Float64Array(names.length)
  for (let id = 0; id < names.length; id++) {
    const name = names[id]!
    values[id] = name.startsWith('#') ? Number(name.slice(1)) : Number.NaN
    flags[id] = name.startsWith('@') ? 1 : name.startsWith('#') ? (isSpecificNumber(name, values[id]!) ? 3 : 2) : 0
    weightOf[id] = termWeight(flags[id] === 1, df[id]! || 1, size)
  }
  const vectors = packVectors(terms, weightOf)
  const { offsets } = vectors
  const lengthOf = (sentence: number) => offsets[sentence + 1]! - offsets[sentence]!
  const groupOf = (sentence: number) => group[sentence]!
  const specificValues = Array.from({ length: size }, (_, sentence) => figureValues(vectors, sentence, flags, values))
  const pairs = candidatePairs(terms, df, groupOf, options, (id) => flags[id] !== 2, figureCandidates(specificValues, groupOf, options.maxPostings), MIN_SHARED_KEYS)
  const kept = new ScoreColumns()
  const evidence: PairEvidence = { score: 0, shared: 0, names: 0, figures: 0, specificFigures: 0, figuresOnBothSides: false }
  for (let p = 0; p < pairs.keys.length; p++) {
    const key = pairs.keys[p]!
    const a = Math.floor(key / size)
    const b = key - a * size
    if (pairs.shared[p]! < MIN_SHARED_KEYS && Math.min(lengthOf(a), lengthOf(b)) > SHORT_SENTENCE) continue
    packedEvidence(vectors, a, b, flags, values, evidence)
    if (evidence.score >= floor) kept.push(key, evidence)
  }
  return { values, flags, vectors, ...kept.columns() }
}

/** The evidence of scored pair k, written into `out`. */
export function evidenceAt(scores: CandidateScores, k: number, out: PairEvidence): PairEvidence {
  out.score = scores.score[k]!
  out.shared = scores.shared[k]!
  out.names = scores.names[k]!
  out.figures = scores.figures[k]!
  out.specificFigures = scores.specificFigures[k]!
  out.figuresOnBothSides = scores.figuresOnBothSides[k] === 1
  return out
}

/** Every typed array of a CandidateScores (to move it between threads). */
export function scoreBuffers(scores: CandidateScores): ArrayBuffer[] {
  const { values, flags, vectors, keys, score, shared, names, figures, specificFigures, figuresOnBothSides } = scores
  const arrays = [values, flags, vectors.offsets, vectors.ids, vectors.weights, vectors.norms, keys, score, shared, names, figures, specificFigures, figuresOnBothSides]
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))]
}

const NO_VALUES: readonly number[] = []

/** The values of a sentence's specific figures of 100 or more (no array for the many sentences without). */
function figureValues(vectors: PackedVectors, sentence: number, flags: TermFlags, values: Float64Array): readonly number[] {
  let found: number[] | undefined
  for (let k = vectors.offsets[sentence]!; k < vectors.offsets[sentence + 1]!; k++) {
    const id = vectors.ids[k]!
    if (flags[id] === 3 && values[id]! >= 100) (found ??= []).push(values[id]!)
  }
  return found ?? NO_VALUES
}

/** Kept pairs' keys and evidence in growable typed columns. */
class ScoreColumns {
  private length = 0
  private keys = new Float64Array(1024)
  private score = new Float64Array(1024)
  private shared = new Int32Array(1024)
  private names = new Int32Array(1024)
  private figures = new Int32Array(1024)
  private specificFigures = new Int32Array(1024)
  private figuresOnBothSides = new Uint8Array(1024)

  /** Appends a pair. */
  push(key: number, evidence: PairEvidence): void {
    if (this.length === this.keys.length) this.grow()
    const k = this.length++
    this.keys[k] = key
    this.score[k] = evidence.score
    this.shared[k] = evidence.shared
    this.names[k] = evidence.names
    this.figures[k] = evidence.figures
    this.specificFigures[k] = evidence.specificFigures
    this.figuresOnBothSides[k] = evidence.figuresOnBothSides ? 1 : 0
  }

  /** The columns, cut to their length. */
  columns(): Pick<CandidateScores, 'keys' | 'score' | 'shared' | 'names' | 'figures' | 'specificFigures' | 'figuresOnBothSides'> {
    const n = this.length
    return {
      keys: this.keys.slice(0, n), score: this.score.slice(0, n), shared: this.shared.slice(0, n), names: this.names.slice(0, n),
      figures: this.figures.slice(0, n), specificFigures: this.specificFigures.slice(0, n), figuresOnBothSides: this.figuresOnBothSides.slice(0, n),
    }
  }

  /** Doubles every column. */
  private grow(): void {
    const double = <T extends Float64Array | Int32Array | Uint8Array>(old: T): T => {
      const next = new (old.constructor as new (n: number) => T)(old.length * 2)
      next.set(old)
      return next
    }
    this.keys = double(this.keys)
    this.score = double(this.score)
    this.shared = double(this.shared)
    this.names = double(this.names)
    this.figures = double(this.figures)
    this.specificFigures = double(this.specificFigures)
    this.figuresOnBothSides = double(this.figuresOnBothSides)
  }
}
