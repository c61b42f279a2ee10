import { describe, expect, it } from 'vitest'
import { quoteOverlaps } from '../../src/analyze/quote-overlaps.ts'

describe('quoteOverlaps', () => {
  const texts = [
    'We will co-ordinate the strikes with the coalition', // 0
    'we will coordinate the strikes', // 1: all its bigrams in 0
    'The strikes will go on', // 2: shares "the strikes" with 0 and 1
    'No comment', // 3: short
    'no comment.', // 4: short, same words as 3
    'No way', // 5: short, other words
  ]
  const result = quoteOverlaps(texts)
  const pairs = new Map(Array.from(result.keys, (key, p) => [`${Math.floor(key / texts.length)}-${key % texts.length}`, result.overlap[p]!]))

  it('pairs quotes sharing a bigram, or short quotes of the same words, in ascending key order', () => {
    expect([...result.keys]).toEqual([...result.keys].sort((a, b) => a - b))
    expect([...pairs.keys()].sort()).toEqual(['0-1', '0-2', '1-2', '3-4'])
    expect(Array.from(result.lengths)).toEqual([8, 5, 5, 2, 2, 2])
  })

  it('gives the bigram overlap of long quotes and 1 for short quotes of the same words', () => {
    expect(pairs.get('0-1')).toBe(1)
    expect(pairs.get('1-2')).toBeCloseTo(1 / 4)
    expect(pairs.get('3-4')).toBe(1)
  })
})
