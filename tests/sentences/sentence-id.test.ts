import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignSentenceIds, normalizeText, sentenceHash } from '../../src/analyze/sentence-id.ts'

describe('sentence ids', () => {
  it('are s- and ten hex digits', () => {
    expect(sentenceHash('Russia said so.')).toMatch(/^s-[0-9a-f]{10}$/)
  })

  it('ignore case, spacing, quote and dash styles', () => {
    expect(sentenceHash('“The co-ordinates”  were given — he said.')).toBe(sentenceHash('"the co-ordinates" were given - he said.'))
    expect(normalizeText('  A\u00a0“B”\n‘c’ – d ')).toBe('a "b" \'c\' - d')
  })

  it('normalise plain ASCII as the full rule does (fast path: lower-casing only)', () => {
    const reference = (text: string) => /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/\s+/g, ' ').trim() : null
    const ascii = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ' ', '.', '"', '\n', '\t', 'z', '7', '-', '~'), maxLength: 30 })
    fc.assert(fc.property(ascii, (text) => {
      const expected = reference(text)
      if (expected !== null) expect(normalizeText(text)).toBe(expected)
      else expect(normalizeText(text)).toBe(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim())
    }), { numRuns: 2000 })
    expect(normalizeText('Plain text, Single Spaced.')).toBe('plain text, single spaced.')
    expect(normalizeText('Two  spaces ')).toBe('two spaces')
  })

  it('differ for different sentences', () => {
    expect(sentenceHash('24 targets were hit.')).not.toBe(sentenceHash('25 targets were hit.'))
  })

  it('number repeats within one source in reading order', () => {
    const base = sentenceHash('Related Story')
    expect(assignSentenceIds(['Related Story', 'Other.', 'related story'])).toEqual([base, sentenceHash('Other.'), `${base}-2`])
  })

  it('depend only on a sentence and the repeats before it, not on other sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 20 }), fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 5 }), (texts, extra) => {
        const ids = assignSentenceIds(texts)
        const unique = new Set(ids)
        expect(unique.size).toBe(ids.length)
        // Appending sentences never changes the ids already given.
        expect(assignSentenceIds([...texts, ...extra]).slice(0, texts.length)).toEqual(ids)
      }),
    )
  })
})
