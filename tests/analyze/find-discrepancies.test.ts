import { describe, expect, it } from 'vitest'
import { differentQuantities, discrepancyFinder, findDiscrepancies } from '../../src/analyze/find-discrepancies.ts'
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

  it('converts hyphenated measures: a 290-metre ship is a 950-foot one', () => {
    const found = findDiscrepancies(passage('The 290-metre ship had 19 crew members.', 'A'), passage("The 950-foot vessel's 19 crew members were safe.", 'B'))
    expect(found.map((d) => d.kind)).toEqual(['unit'])
    expect(findDiscrepancies(passage('The 290-metre ship sank.', 'A'), passage('The 500-foot ship sank.', 'B')).map((d) => d.kind)).toEqual(['figure'])
  })

  it('compares a currency code with the currency in words', () => {
    expect(findDiscrepancies(passage('Repairs could cost up to 40 million Swiss francs.', 'A'), passage('Repairs will cost CHF 40m.', 'B')).map((d) => d.kind)).toEqual(['qualifier'])
  })

  it('reports qualifiers and dropped hedges', () => {
    expect(findDiscrepancies(passage('More than 24 positions were hit.', 'TRT'), passage('It hit 24 targets.', 'AFP'))[0]).toMatchObject({ kind: 'qualifier' })
    expect(findDiscrepancies(passage('Ten were reportedly killed.', 'A'), passage('Ten were killed.', 'B')).map((d) => d.kind)).toContain('dropped-qualifier')
  })

  it('finds nothing between agreeing passages', () => {
    expect(findDiscrepancies(passage('About 1,000 soldiers went.', 'A'), passage('Some 1,000 troops went.', 'B'))).toEqual([])
  })
})

describe('figures far apart', () => {
  it('are different quantities, not a discrepancy', () => {
    expect(findDiscrepancies(passage('More than 600 people have been killed since the campaign began.', 'A'), passage('The strike killed at least 23 people.', 'B'))).toEqual([])
    expect(differentQuantities(passage('More than 600 people have been killed since the campaign began.', 'A'), passage('The strike killed at least 23 people.', 'B'))).toBe(true)
    expect(differentQuantities(passage('At least 30 people were killed.', 'A'), passage('The strike killed 23 people and wounded 600 people.', 'B'))).toBe(false)
  })
})

describe('figure pairing', () => {
  it('compares a currency word with its symbol', () => {
    const found = findDiscrepancies(passage('He received about 850,000 euros from the firm.', 'A'), passage('He pocketed €850,000 from the firm.', 'B'))
    expect(found.map((d) => d.kind)).toEqual(['qualifier'])
  })
  it('pairs each figure with the nearest comparable one', () => {
    const found = findDiscrepancies(
      passage('Shares fell another 44 percent on Monday, having lost more than 80 percent since Thursday.', 'A'),
      passage('Shares have fallen more than 80 percent since Thursday.', 'B'),
    )
    expect(found.some((d) => d.detail.includes('44 percent'))).toBe(false)
  })
})

describe('discrepancyFinder', () => {
  // Person mentions by hand: "Foreign Minister X" in each sentence.
  const withPerson = (text: string, name: string, label: string) => {
    const s = sentence(text)
    const start = text.indexOf(name)
    return { sentence: s, label, figures: findFigures(s), mentions: [{ slug: name.toLowerCase(), source: s.source, sentence: s.id, text: name, start, end: start + name.length }], kindOf: () => 'person' }
  }

  it('finds what findDiscrepancies finds, a sentence met again in other pairs included', () => {
    const a = withPerson('Foreign Minister Lavrov reportedly said 24 were hit.', 'Lavrov', 'A')
    const b = withPerson('Foreign Minister Shoigu said more than 24 were hit.', 'Shoigu', 'B')
    const c = passage('Officials said 30 were hit.', 'C')
    const compare = discrepancyFinder()
    for (const [x, y] of [[a, b], [a, c], [b, a], [c, b], [a, b]] as const) expect(compare(x, y)).toEqual(findDiscrepancies(x, y))
    expect(compare(a, b).map((d) => d.kind).sort()).toEqual(['dropped-qualifier', 'name', 'qualifier'])
  })
})
