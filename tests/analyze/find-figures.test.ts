import { describe, expect, it } from 'vitest'
import { findFigures, mayHoldFigure, startsNumberWord } from '../../src/analyze/find-figures.ts'
import { tokenize } from '../../src/analyze/tokenize.ts'
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

  it('reads hyphenated measures and units written against the number, not ages or compounds', () => {
    expect(figures('The 290-metre ship and the 950-foot vessel.').map((f) => [f.text, f.value, f.unit])).toEqual([['290-metre', 290, 'm'], ['950-foot', 950, 'ft']])
    expect(figures('The 5.8-mile link, 9.4km long, reached 1,000C.').map((f) => [f.value, f.unit])).toEqual([[5.8, 'mi'], [9.4, 'km'], [1000, '°C']])
    expect(figures('A 52-year-old driver on a two-way road in a four-year-long war.')).toEqual([])
  })

  it('reads temperatures and durations with their units', () => {
    expect(figures('It reached 1,000 degrees Celsius.')[0]).toMatchObject({ value: 1000, unit: '°C' })
    expect(figures('Shut for at least two weeks, or 14 days, after a six-hour fire.').map((f) => [f.value, f.qualifier, f.unit])).toEqual([[2, 'at least', 'wk'], [14, null, 'd'], [6, null, 'h']])
  })

  it('gives currency codes, symbols and words one code', () => {
    expect(figures('Repairs cost CHF 40m.')[0]).toMatchObject({ value: 40_000_000, unit: 'CHF' })
    expect(figures('Repairs cost up to 40 million Swiss francs.')[0]).toMatchObject({ value: 40_000_000, unit: 'CHF', qualifier: 'up to' })
    expect(figures('He took about 850,000 euros.')[0]).toMatchObject({ unit: 'EUR' })
    expect(figures('He took €850,000.')[0]).toMatchObject({ unit: 'EUR' })
  })

  it('reads no figure in a clock time', () => {
    expect(figures('It broke out at 7.40pm, or 7:40 p.m.')).toEqual([])
  })
})

describe('mayHoldFigure', () => {
  const keys = (text: string) => tokenize(text).map((token) => token.key)
  it('agrees with findFigures: a number word opening a token, a digit or a currency sign', () => {
    for (const text of ['Ten people died.', 'A dozen boats sank.', 'They came from Tenerife.', 'It cost $5.', 'The 24 targets.', "Rock'n'roll ten times.", 'No figure here at all.', 'Often tense.']) {
      const found = findFigures(sentence(text))
      const may = mayHoldFigure(text, keys(text))
      if (found.length > 0) expect(may).toBe(true)
      expect(findFigures(sentence(text), may)).toEqual(found)
    }
  })
  it('says no for text without number words, digits or currency', () => {
    expect(mayHoldFigure('Rarely wrong, always clear.', keys('Rarely wrong, always clear.'))).toBe(false)
    expect(mayHoldFigure('Eleven.', keys('Eleven.'))).toBe(true)
    expect(startsNumberWord('tenerife')).toBe(true)
    expect(startsNumberWord('often')).toBe(false)
  })
})
