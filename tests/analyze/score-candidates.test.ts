import { describe, expect, it } from 'vitest'
import { DEFAULT_ALIGN_OPTIONS, alignSentences, scoreFloor } from '../../src/analyze/align-sentences.ts'
import type { AlignInput } from '../../src/analyze/align-sentences.ts'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { startScoring } from '../../src/analyze/background-scores.ts'
import { quoteOverlaps } from '../../src/analyze/quote-overlaps.ts'
import { scoreCandidates } from '../../src/analyze/score-candidates.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { packTermLists } from '../../src/analyze/term-vectors.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

// Terms: 0 '@kyiv', 1 'strike', 2 'town', 3 '#500', 4 'rebel', 5 'bridge', 6 'market', 7 'price', 8 '#520'.
const names = ['@kyiv', 'strike', 'town', '#500', 'rebel', 'bridge', 'market', 'price', '#520']
const input: AlignInput = {
  terms: packTermLists([
    [0, 1, 2, 3, 4], // sentence 0, outlet 0
    [6, 7], // sentence 1, outlet 0
    [0, 1, 2, 8, 4], // sentence 2, outlet 1: near figure, same claim as 0
    [5, 6, 7, 1], // sentence 3, outlet 1
    [0, 1, 2, 3, 4, 5], // sentence 4, outlet 0: same outlet as 0, never paired with it
    [5], // sentence 5, outlet 2: shares one word only
  ]),
  names,
  group: [0, 0, 1, 1, 0, 2],
  source: [0, 0, 1, 1, 2, 3],
  quotePairs: new Map([[1 * 6 + 5, 0.9]]), // sentences 1 and 5 quote one sentence, though their terms differ
}
const floor = scoreFloor(DEFAULT_ALIGN_OPTIONS)

describe('scoreCandidates', () => {
  const scores = scoreCandidates(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor)
  const pairs = Array.from(scores.keys, (key) => [Math.floor(key / 6), key % 6])

  it('keeps pairs of different outlets scoring at least the floor, in ascending key order', () => {
    expect([...scores.keys]).toEqual([...scores.keys].sort((a, b) => a - b))
    expect(pairs).toContainEqual([0, 2])
    expect(pairs).toContainEqual([2, 4])
    expect(pairs).not.toContainEqual([0, 4])
    expect(pairs).not.toContainEqual([1, 5])
    for (const score of scores.score) expect(score).toBeGreaterThanOrEqual(floor)
  })

  it('gives the alignment what it computes itself, quote pairs merged in', () => {
    const edges = alignSentences(input, DEFAULT_ALIGN_OPTIONS)
    expect(alignSentences(input, DEFAULT_ALIGN_OPTIONS, scores)).toEqual(edges)
    expect(edges).toContainEqual(expect.objectContaining({ a: 1, b: 5, kind: 'quote' }))
    expect(edges).toContainEqual(expect.objectContaining({ a: 0, b: 2, kind: 'claim' }))
  })
})

describe('startScoring', () => {
  const quotes = ['We will co-ordinate the strikes', 'we will coordinate the strikes with them', 'No comment', 'no comment']

  it('computes in a worker thread the quotes\' overlaps and the scores this thread would', () => {
    const background = startScoring()!
    background.submitQuotes(quotes)
    background.submit(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor)
    expect(background.takeQuotes()).toEqual(quoteOverlaps(quotes))
    expect(background.take()).toEqual(scoreCandidates(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor))
  })

  it('gives nothing (the caller computes) when the entry cannot load or a job was not submitted', () => {
    const missing = startScoring(new URL('./no-such-worker.ts', import.meta.url))!
    missing.submitQuotes(quotes)
    missing.submit(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor)
    expect(missing.takeQuotes()).toBeUndefined()
    expect(missing.take()).toBeUndefined()
    const idle = startScoring()!
    expect(idle.takeQuotes()).toBeUndefined()
    expect(idle.take()).toBeUndefined()
  })

  it('gives the scores when the quotes were not taken', () => {
    const background = startScoring()!
    background.submitQuotes(quotes)
    background.submit(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor)
    expect(background.take()).toEqual(scoreCandidates(input.terms, names, input.group, DEFAULT_ALIGN_OPTIONS, floor))
  })

  it('leaves the analysis unchanged, the worker used, failing or not', () => {
    const sources = generateArticles(40, 5).map(splitSource)
    const here = JSON.stringify(analyzeCorpus(sources, [], { scoreWorker: false }))
    expect(JSON.stringify(analyzeCorpus(sources, [], { scoreWorker: { minSentences: 0 } }))).toBe(here)
    expect(JSON.stringify(analyzeCorpus(sources, [], { scoreWorker: { minSentences: 0, entry: new URL('./no-such-worker.ts', import.meta.url) } }))).toBe(here)
  })
})
