import { describe, expect, it } from 'vitest'
import { demonymTerm } from '../../src/analyze/demonyms.ts'

describe('demonymTerm', () => {
  it('names the country as its topic term', () => {
    expect(demonymTerm('polish')).toBe('@poland')
    expect(demonymTerm('philippine')).toBe('@philippines')
    expect(demonymTerm('swiss')).toBe('@switzerland')
  })
  it('knows nothing of ordinary words', () => {
    expect(demonymTerm('police')).toBeUndefined()
  })
  it('knows nothing of the names every object has ("Constructor" opening a sentence is no demonym)', () => {
    expect(demonymTerm('constructor')).toBeUndefined()
    expect(demonymTerm('tostring')).toBeUndefined()
  })
  it('gives one term per country, however often asked', () => {
    expect(demonymTerm('polish')).toBe(demonymTerm('polish'))
  })
})
