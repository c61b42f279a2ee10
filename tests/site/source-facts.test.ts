import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSource } from '../../src/analyze/split-source.ts'
import { SPACED_WORD, sourceDescription, sourceHue, spacedWords, wordsIn } from '../../src/site/source-facts.ts'
import { source } from '../analyze/helpers.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
const segmented = (text: string) => [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length

describe('wordsIn', () => {
  it('counts words as Intl.Segmenter does on ordinary news text', () => {
    for (const text of [
      'Russia’s defence ministry said it hit 2,084 targets — more than 24 positions — on Tuesday.',
      'The co-ordinates were “given by opposition representatives”, he said; he didn’t say when.',
      'Sánchez visited Paiporta at 10:30 with 1.5 million euros of aid.',
    ]) expect(wordsIn(text)).toBe(segmented(text))
  })

  it('counts unspaced scripts with the segmenter', () => {
    expect(wordsIn('北朝鮮は弾道ミサイルを発射した。')).toBe(segmented('北朝鮮は弾道ミサイルを発射した。'))
    expect(wordsIn('北朝鮮は弾道ミサイルを発射した。')).toBeGreaterThan(3)
  })

  it('stays within one word a sentence of Intl.Segmenter on words of letters, digits and spaces', () => {
    const word = fc.stringMatching(/^[a-zA-Zé0-9]{1,8}$/)
    fc.assert(fc.property(fc.array(word, { maxLength: 30 }), (words) => {
      const text = words.join(' ')
      expect(wordsIn(text)).toBe(segmented(text))
    }))
  })
})

describe('spacedWords', () => {
  const matches = (text: string) => text.match(SPACED_WORD)?.length ?? 0

  it('counts the matches of SPACED_WORD', () => {
    for (const text of ["don't stop", 'co-ordinates', '2.5 or 2,084', "end. 'Quoted'", 'a.b.c', "trailing' ", 'Ελλάδα και Κύπρος', 'naïve café', '𝐀𝐁 𝟏𝟐', 'x\uD800y', '']) {
      expect(spacedWords(text), text).toBe(matches(text))
    }
  })

  it('counts the matches of SPACED_WORD in any text', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom("'", '’', '.', ',', ' ', '-', 'é', 'e\u0301', '𝐀', '\uD835', '中', '٣'))
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('')
      expect(spacedWords(text)).toBe(matches(text))
    }), { numRuns: 2000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(spacedWords(text)).toBe(matches(text))
    }), { numRuns: 2000 })
  })
})

describe('sourceHue', () => {
  it('gives one outlet one hue whatever its case, within 0–359', () => {
    expect(sourceHue('Reuters')).toBe(sourceHue('reuters'))
    expect(sourceHue('Reuters')).toBeGreaterThanOrEqual(0)
    expect(sourceHue('Reuters')).toBeLessThan(360)
  })
})

describe('sourceDescription', () => {
  it('is the standfirst, else the first body sentence, else the title', () => {
    const plain = source('a', 'Ferry sinks', ['Twelve people were rescued on Monday. The ferry sank at dawn.'])
    expect(sourceDescription(plain)).toBe('Twelve people were rescued on Monday.')
    const withStandfirst = splitSource({ ...plain.article, standfirst: 'Rescuers reached the ferry within the hour.' })
    expect(sourceDescription(withStandfirst)).toBe('Rescuers reached the ferry within the hour.')
    const titleOnly = splitSource({ ...plain.article, paragraphs: [], standfirst: null })
    expect(sourceDescription(titleOnly)).toBe('Ferry sinks')
  })
})
