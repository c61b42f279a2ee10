import { describe, expect, it } from 'vitest'
import { gramOverlap, overlap, quoteGrams, quoteWords } from '../../src/analyze/merge-quotes.ts'

describe('quote bigrams', () => {
  it('are each distinct pair of adjacent words', () => {
    expect([...quoteGrams(['a', 'b', 'a', 'b'])]).toEqual(['a b', 'b a'])
    expect(quoteGrams(['a']).size).toBe(0)
  })
  it('overlap: share of the smaller set found in the other, either way round', () => {
    const a = quoteWords('We will co-ordinate the strikes with the coalition')
    const b = quoteWords('we will coordinate the strikes')
    expect(gramOverlap(quoteGrams(a), quoteGrams(b))).toBe(1)
    expect(gramOverlap(quoteGrams(b), quoteGrams(a))).toBe(1)
    expect(overlap(a, quoteWords('the strikes will go on'))).toBeCloseTo(1 / 4)
    expect(overlap(['one'], a)).toBe(0)
  })
})
