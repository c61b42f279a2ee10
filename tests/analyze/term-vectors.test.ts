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

describe('packVectors', () => {
  it('sorts and dedupes each sentence, short lists and long ones alike', () => {
    const long = Array.from({ length: 100 }, (_, k) => (k * 37) % 61)
    const lists = packTermLists([[5, 3, 5, 1], long, [], [2]])
    const vectors = packVectors(lists, new Float64Array(61).fill(1))
    const sentence = (s: number) => Array.from(vectors.ids.subarray(vectors.offsets[s]!, vectors.offsets[s + 1]!))
    expect(sentence(0)).toEqual([1, 3, 5])
    expect(sentence(1)).toEqual([...new Set(long)].sort((a, b) => a - b))
    expect(sentence(2)).toEqual([])
    expect(sentence(3)).toEqual([2])
    expect(vectors.norms[0]).toBeCloseTo(Math.sqrt(3))
  })
})
