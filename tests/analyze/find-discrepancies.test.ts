import { describe, expect, it } from 'vitest'
import { findDiscrepancies } from '../../src/analyze/find-discrepancies.ts'
import { findFigures } from '../../src/analyze/find-figures.ts'
import { sentence } from './helpers.ts'

const passage = (text: string, label: string) => {
  const s = sentence(text)
  return { sentence: s, label, figures: findFigures(s), mentions: [], kindOf: () => 'other' }
}

describe('findDiscrepancies', () => {
  it('converts units before comparing', () => {
    const [unit] = findDiscrepancies(passage('It flew about 620 miles.', 'A'), passage('It flew around 1,000 km.', 'B'))
    expect(unit).toMatchObject({ kind: 'unit' })
    const [figure] = findDiscrepancies(passage('It flew 620 miles.', 'A'), passage('It flew 2,000 km.', 'B'))
    expect(figure).toMatchObject({ kind: 'figure' })
  })

  it('reports qualifiers and dropped hedges', () => {
    expect(findDiscrepancies(passage('More than 24 positions were hit.', 'TRT'), passage('It hit 24 targets.', 'AFP'))[0]).toMatchObject({ kind: 'qualifier' })
    expect(findDiscrepancies(passage('Ten were reportedly killed.', 'A'), passage('Ten were killed.', 'B')).map((d) => d.kind)).toContain('dropped-qualifier')
  })

  it('finds nothing between agreeing passages', () => {
    expect(findDiscrepancies(passage('About 1,000 soldiers went.', 'A'), passage('Some 1,000 troops went.', 'B'))).toEqual([])
  })
})
