import { describe, expect, it } from 'vitest'
import { bitsFor, radixSort } from '../../src/analyze/radix-sort.ts'
import { random } from '../bench/generate-corpus.ts'

describe('radixSort', () => {
  it('sorts integer doubles as Float64Array.sort does, beyond 32 bits', () => {
    const next = random(7)
    const size = 445_643
    const values = Float64Array.from({ length: 50_000 }, () => Math.floor(next() * size) * size + Math.floor(next() * size))
    const expected = values.slice().sort()
    expect(Array.from(radixSort(values, bitsFor(size * size)))).toEqual(Array.from(expected))
  })
  it('sorts by value / scale stably, so values ascending within a key come out fully sorted', () => {
    const size = 1000
    // Pushed as the postings index pushes them: sentence by sentence, slots in any order.
    const values: number[] = []
    const next = random(3)
    for (let sentence = 0; sentence < size; sentence++) for (let k = 0; k < 5; k++) values.push(Math.floor(next() * (1 << 20)) * size + sentence)
    const sorted = radixSort(Float64Array.from(values), 20, size)
    expect(Array.from(sorted)).toEqual(values.slice().sort((a, b) => a - b))
  })
  it('keeps the order of values of one key (stable)', () => {
    const values = Float64Array.from([31, 12, 35, 10, 33, 19])
    expect(Array.from(radixSort(values, 2, 10))).toEqual([12, 10, 19, 31, 35, 33])
  })
  it('handles empty and one-digit lists', () => {
    expect(Array.from(radixSort(new Float64Array(0), 26))).toEqual([])
    expect(Array.from(radixSort(Float64Array.from([5, 5, 5]), 26))).toEqual([5, 5, 5])
  })
  it('counts the bits of a limit', () => {
    expect(bitsFor(1)).toBe(1)
    expect(bitsFor(2)).toBe(1)
    expect(bitsFor(3)).toBe(2)
    expect(bitsFor(1 << 26)).toBe(26)
    expect(bitsFor((1 << 26) + 1)).toBe(27)
  })
})
