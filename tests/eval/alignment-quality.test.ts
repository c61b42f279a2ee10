import { describe, expect, it } from 'vitest'
import { evaluateAll, overall } from './evaluate.ts'

describe('alignment quality on the labelled clusters', () => {
  const results = evaluateAll()

  it.each(results.map((result) => [result.name, result] as const))('%s: precision and recall above their floors', (_name, result) => {
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.85)
    expect(result.junkTopics).toEqual([])
    expect(result.topicsFound / result.topicsExpected).toBeGreaterThanOrEqual(0.9)
    expect(result.discrepanciesFound).toBe(result.discrepanciesExpected)
  })

  it('overall precision ≥ 0.95 and recall ≥ 0.9', () => {
    const total = overall(results)
    expect(total.precision).toBeGreaterThanOrEqual(0.95)
    expect(total.recall).toBeGreaterThanOrEqual(0.9)
  })
})
