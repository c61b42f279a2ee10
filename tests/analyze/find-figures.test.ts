import { describe, expect, it } from 'vitest'
import { findFigures } from '../../src/analyze/find-figures.ts'
import { sentence } from './helpers.ts'

const figures = (text: string) => findFigures(sentence(text)).map(({ text, value, qualifier, unit }) => ({ text, value, qualifier, unit }))

describe('findFigures', () => {
  it('reads qualifiers, units and nouns', () => {
    expect(figures('More than 24 positions were hit and at least 23 people died.')).toEqual([
      { text: 'More than 24 positions', value: 24, qualifier: 'more than', unit: 'positions' },
      { text: 'at least 23 people', value: 23, qualifier: 'at least', unit: 'people' },
    ])
    expect(figures('It hit 2,084 targets and 287 command posts.')).toEqual([
      { text: '2,084 targets', value: 2084, qualifier: null, unit: 'targets' },
      { text: '287 command posts', value: 287, qualifier: null, unit: 'command posts' },
    ])
  })

  it('normalises words, scales, currencies and units', () => {
    expect(figures('Eight thousand fled.')[0]).toMatchObject({ value: 8000 })
    expect(figures('It cost $2.5 million.')[0]).toMatchObject({ value: 2_500_000, unit: 'USD' })
    expect(figures('It flew 620 miles, or 1,000 km.').map((figure) => [figure.value, figure.unit])).toEqual([[620, 'mi'], [1000, 'km']])
    expect(figures('The toll reached 350,000.')[0]).toMatchObject({ value: 350_000, unit: null })
  })

  it('keeps ranges', () => {
    expect(findFigures(sentence('between 20 and 30 people'))[0]).toMatchObject({ value: 20, valueMax: 30, qualifier: 'between' })
  })

  it('leaves out years, dates and times', () => {
    expect(figures('Since September 30 and Nov 15, 2015, in 2011, at 7:10 am, for a four-year-long war.')).toEqual([])
  })
})
