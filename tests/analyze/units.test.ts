import { describe, expect, it } from 'vitest'
import { conversionOf, inBaseUnit, isCurrency } from '../../src/analyze/units.ts'

describe('units', () => {
  it('brings lengths, durations and temperatures to one base unit', () => {
    expect(inBaseUnit(290, 'm')).toBeCloseTo(inBaseUnit(950, 'ft'), 2)
    expect(inBaseUnit(2, 'wk')).toBe(inBaseUnit(14, 'd'))
    expect(inBaseUnit(1832, '°F')).toBeCloseTo(1000, 6)
    expect(conversionOf('mi')?.base).toBe(conversionOf('km')?.base)
    expect(conversionOf('h')?.base).not.toBe(conversionOf('km')?.base)
  })
  it('leaves counted nouns and money unconverted', () => {
    expect(conversionOf('targets')).toBeUndefined()
    expect(inBaseUnit(24, 'targets')).toBe(24)
    expect(isCurrency('CHF')).toBe(true)
    expect(isCurrency('euros')).toBe(false)
  })
})
