import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/analyze/tokenize.ts'

describe('tokenize', () => {
  it('gives exact offsets and the facts the rules need', () => {
    const text = 'Bashar al-Assad’s forces met the U.S. envoy in "Moscow".'
    const tokens = tokenize(text)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(tokens.map((token) => token.key)).toEqual(['bashar', 'al', 'assad', 'forces', 'met', 'the', 'us', 'envoy', 'in', 'moscow'])
    expect(tokens[2]!.hyphenated).toBe(true)
    expect(tokens[2]!.possessive).toBe(true)
    expect(tokens[6]!.allCaps).toBe(true)
    expect(tokens[9]!.initial).toBe(true)
  })

  it('folds accents', () => {
    expect(tokenize('Sánchez')[0]!.key).toBe('sanchez')
  })

  it('always slices back to its text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
    }))
  })
})
