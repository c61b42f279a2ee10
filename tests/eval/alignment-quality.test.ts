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
  // little under their measured scores (harbour-bridge 87.5 % / 73.9 %, mayor-verdict 100 % / 92.3 %,
  // tunnel-fire 94.5 % / 89.7 %, wirecard 85.0 % / 78.6 %; together 93.1 % / 85.3 %) so that a change
  // that loses ground on unseen articles shows, without pinning exact values. tunnel-fire's honest
  // first-run figure, before any rule saw it, was 91.7 % / 61.5 % (see its commit); its misses were
  // read while the general rules were written, so it is no longer strictly unseen.
  it.each(heldOut.map((result) => [result.name, result] as const))('held out %s: evaluated and reported, no junk topics', (name, result) => {
    console.log(`held out ${name}: precision ${result.precision.toFixed(3)} (${result.correct}/${result.predicted}), recall ${result.recall.toFixed(3)} (${result.found}/${result.expected})`)
    expect(result.predicted).toBeGreaterThan(0)
    expect(result.junkTopics).toEqual([])
    expect(result.topicsFound / result.topicsExpected).toBeGreaterThanOrEqual(0.9)
  })

  it('held out overall: precision ≥ 0.9 and recall ≥ 0.8', () => {
    const total = overall(heldOut)
    expect(total.precision).toBeGreaterThanOrEqual(0.9)
    expect(total.recall).toBeGreaterThanOrEqual(0.8)
  })
})
