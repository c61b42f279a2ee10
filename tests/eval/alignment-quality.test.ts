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

  // Tuned clusters are at 100 % / 100 % (48 links, 39 expected): one slip is allowed, two are a regression.
  it('overall precision ≥ 0.97 and recall ≥ 0.95 on the clusters the rules were written against', () => {
    const total = overall(tuned)
    expect(total.precision).toBeGreaterThanOrEqual(0.97)
    expect(total.recall).toBeGreaterThanOrEqual(0.95)
  })

  // Held-out clusters measure how the rules generalise: never tune against them. These floors sit a
  // little under their measured scores (wirecard 85.7 % / 85.7 %, harbour-bridge 90.5 % / 52.2 %,
  // mayor-verdict 100 % / 65.4 %; together 92.6 % / 65.1 %) so that a change that loses ground on
  // unseen articles shows, without pinning exact values.
  it.each(heldOut.map((result) => [result.name, result] as const))('held out %s: evaluated and reported, no junk topics', (name, result) => {
    console.log(`held out ${name}: precision ${result.precision.toFixed(3)} (${result.correct}/${result.predicted}), recall ${result.recall.toFixed(3)} (${result.found}/${result.expected})`)
    expect(result.predicted).toBeGreaterThan(0)
    expect(result.junkTopics).toEqual([])
    expect(result.topicsFound / result.topicsExpected).toBeGreaterThanOrEqual(0.9)
  })

  it('held out overall: precision ≥ 0.88 and recall ≥ 0.6', () => {
    const total = overall(heldOut)
    expect(total.precision).toBeGreaterThanOrEqual(0.88)
    expect(total.recall).toBeGreaterThanOrEqual(0.6)
  })
})
