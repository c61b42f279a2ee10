import { describe, expect, it } from 'vitest'
import { foldTerm, indexTerms, isIndexable, wordTokens } from '../../src/search/tokenize.ts'

describe('search words', () => {
  it('folds case, accents and the dots of initials', () => {
    expect(foldTerm('Sánchez')).toBe('sanchez')
    expect(foldTerm('U.S.')).toBe('us')
    expect(foldTerm('ÑANDÚ')).toBe('nandu')
  })

  it('gives each word with its place in the text', () => {
    const text = 'Gen. Kartapolov’s U.S. visit, al-Assad'
    const tokens = wordTokens(text)
    expect(tokens.map((token) => token.term)).toEqual(['gen', 'kartapolov', 's', 'us', 'visit', 'al', 'assad'])
    for (const token of tokens) expect(foldTerm(text.slice(token.start, token.end))).toBe(token.term)
  })

  it('leaves out stop words, lone letters and over-long runs, but keeps numbers', () => {
    expect(isIndexable('the')).toBe(false)
    expect(isIndexable('s')).toBe(false)
    expect(isIndexable('7')).toBe(true)
    expect(isIndexable('x'.repeat(33))).toBe(false)
    expect(indexTerms('The jets hit 24 of the targets, the jets said.')).toEqual(['jets', 'hit', '24', 'targets', 'said'])
  })
})
