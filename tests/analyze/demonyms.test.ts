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
})
