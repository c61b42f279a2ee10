import { describe, expect, it } from 'vitest'
import { documentFrequency, packTermLists, packVectors } from '../../src/analyze/term-vectors.ts'

describe('term lists', () => {
  it('packs per-sentence lists and counts each term once per sentence', () => {
    const lists = packTermLists([[2, 0, 2], [], [1, 2]])
    expect(Array.from(lists.offsets)).toEqual([0, 3, 3, 5])
    expect(Array.from(documentFrequency(lists, 3))).toEqual([1, 1, 2])
    const vectors = packVectors(lists, Float64Array.from([1, 2, 3]))
    expect(Array.from(vectors.offsets)).toEqual([0, 2, 2, 4])
    expect(Array.from(vectors.ids)).toEqual([0, 2, 1, 2])
    expect(vectors.norms[0]).toBeCloseTo(Math.sqrt(10))
  })
})
