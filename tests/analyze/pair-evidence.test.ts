import { describe, expect, it } from 'vitest'
import { nearFigures, pairEvidence } from '../../src/analyze/pair-evidence.ts'
import { termVector } from '../../src/analyze/term-vectors.ts'

// Terms: 0 "lorry", 1 "tunnel", 2 "#4500", 3 "#5000", 4 "@valmora", 5 "#2019", 6 "#2020".
const flags = Uint8Array.from([0, 0, 3, 3, 1, 2, 2])
const values = Float64Array.from([NaN, NaN, 4500, 5000, NaN, 2019, 2020])
const df = Int32Array.from([2, 2, 1, 1, 2, 1, 1])
const vector = (...ids: number[]) => termVector(Int32Array.from(ids), df, 20, (id) => flags[id] === 1)

describe('nearFigures', () => {
  it('meets values within a quarter of each other, never years or equal values', () => {
    expect(nearFigures(4500, 5000)).toBe(true)
    expect(nearFigures(4, 5)).toBe(true)
    expect(nearFigures(2, 4)).toBe(false)
    expect(nearFigures(2019, 2020)).toBe(false)
    expect(nearFigures(5000, 5000)).toBe(false)
  })
})

describe('pairEvidence', () => {
  it('counts near figures as shared: "about 4,500 lorries" and "around 5,000 lorries" are one figure told two ways', () => {
    const near = pairEvidence(vector(0, 1, 2), vector(0, 1, 3), flags, values)
    expect(near).toMatchObject({ shared: 3, figures: 1, specificFigures: 1, names: 0, figuresOnBothSides: true })
    const years = pairEvidence(vector(0, 1, 5), vector(0, 1, 6), flags, values)
    expect(years).toMatchObject({ shared: 2, figures: 0 })
    expect(near.score).toBeGreaterThan(years.score)
  })
  it('scores identical sentences by cosine 1 (coverage damped under six terms) and disjoint ones 0, and counts shared names', () => {
    const same = pairEvidence(vector(0, 4), vector(0, 4), flags, values)
    expect(same).toMatchObject({ shared: 2, names: 1 })
    expect(same.score).toBeCloseTo(0.6 + 0.4 * (2 / 6), 9)
    expect(pairEvidence(vector(0), vector(1), flags, values).score).toBe(0)
  })
})
