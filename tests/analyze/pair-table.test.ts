import { describe, expect, it } from 'vitest'
import { PairTable } from '../../src/analyze/pair-table.ts'
import { random } from '../bench/generate-corpus.ts'

describe('PairTable', () => {
  it('gives each distinct pair one dense index, as a Map of pair keys would, growing past its capacity', () => {
    const table = new PairTable(4)
    const reference = new Map<string, number>()
    const next = random(11)
    const got: number[] = []
    const expected: number[] = []
    for (let k = 0; k < 20_000; k++) {
      const x = Math.floor(next() * 500_000)
      const y = Math.floor(next() * 50)
      const key = `${x},${y}`
      expected.push(reference.get(key) ?? reference.set(key, reference.size).get(key)!)
      got.push(table.add(x, y))
    }
    expect(got).toEqual(expected)
    expect(table.size).toBe(reference.size)
    const found = [...reference.keys()].map((key) => { const [x, y] = key.split(',').map(Number); return table.find(x!, y!) })
    expect(found).toEqual([...reference.values()])
  })
  it('tells (x, y) from (y, x) and finds nothing absent', () => {
    const table = new PairTable()
    expect(table.add(1, 2)).toBe(0)
    expect(table.add(2, 1)).toBe(1)
    expect(table.add(1, 2)).toBe(0)
    expect(table.find(2, 2)).toBe(-1)
    expect(table.find(0, 0)).toBe(-1)
    expect(table.add(0, 0)).toBe(2)
    expect(table.find(0, 0)).toBe(2)
  })
})
