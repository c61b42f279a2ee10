import { describe, expect, it } from 'vitest'
import { figureCandidates } from '../../src/analyze/figure-candidates.ts'

describe('figureCandidates', () => {
  const group = (sentence: number) => [0, 1, 1, 2][sentence]!
  it('pairs sentences of different groups holding nearly the same figure', () => {
    // 0: 4,500 (group 0); 1: 5,000 (group 1); 2: 5,500 (group 1, same group as 1); 3: 90,000 (group 2)
    const pairs = figureCandidates([[4500], [5000], [5500], [90000]], group, 40)
    const size = 4
    expect(pairs).toContain(0 * size + 1)
    expect(pairs).toContain(0 * size + 2)
    expect(pairs).not.toContain(1 * size + 2) // one group: never compared
    expect(pairs.some((key) => key % size === 3)).toBe(false) // 90,000 is near nothing
  })
  it('skips buckets with more sentences than maxPostings', () => {
    expect(figureCandidates([[100], [101], [102]], (s) => s, 2)).toEqual([])
  })
})
