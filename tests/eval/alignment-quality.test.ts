import { describe, expect, it } from 'vitest'
import { evaluateAll, overall } from './evaluate.ts'

describe('alignment quality on the labelled clusters', () => {
  const results = evaluateAll()
  const tuned = results.filter((result) => !result.heldOut)
  const heldOut = results.filter((result) => result.heldOut)

  it.each(tuned.map((result) => [result.name, result] as const))('%s: precision and recall above their floors', (_name, result) => {
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.85)
    expect(result.junkTopics).toEqual([])
    expect(result.topicsFound / result.topicsExpected).toBeGreaterThanOrEqual(0.9)
    expect(result.discrepanciesFound).toBe(result.discrepanciesExpected)
  })

  it('overall precision ≥ 0.95 and recall ≥ 0.9 on the clusters the rules were written against', () => {
    const total = overall(tuned)
    expect(total.precision).toBeGreaterThanOrEqual(0.95)
    expect(total.recall).toBeGreaterThanOrEqual(0.9)
  })

  // Held-out clusters measure how the rules generalise; their scores are recorded, not floors to tune against.
  it.each(heldOut.map((result) => [result.name, result] as const))('held out %s: evaluated and reported', (name, result) => {
    console.log(`held out ${name}: precision ${result.precision.toFixed(3)} (${result.correct}/${result.predicted}), recall ${result.recall.toFixed(3)} (${result.found}/${result.expected})`)
    expect(result.predicted).toBeGreaterThan(0)
  })
})
