/**
 * The ingest heuristics take short cuts (counting words without splitting, skipping a costly regex
 * when what it needs is missing, decoding once): each must give what the plain definition gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/ingest/decode-text.ts'
import { furnitureKey } from '../../src/ingest/text-boilerplate.ts'
import { parseAgencyCredit, splitGluedCredit, splitInlineCredit } from '../../src/ingest/text-credits.ts'
import { findDate, isDateLine } from '../../src/ingest/text-dates.ts'
import { hasMorePieces, hasMoreWords, wordCount } from '../../src/ingest/text-title.ts'
import { normaliseSpace, textUnits } from '../../src/ingest/text-units.ts'

/** Text made of words, every kind of white space (`\s` and beyond), punctuation and credit words. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u2060', '\u00ad', '\u0085', '\v', '\f'),
      fc.constantFrom('Smoke', 'rises', 'over', 'the', 'city.', 'Photograph:', 'photo', 'by', 'Jane', 'Doe/Reuters', '(AP', 'Photo/John', 'Smith)', ')', '(', ':', '.', '»', '—', '-', '|', '→', 'Share', 'ADVERTISEMENT', 'Credit', 'Image', '17', 'Nov', '2015', 'Updated', 'AFP', 'Reuters', 'and', 'agencies', 'Source'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('word counting without splitting', () => {
  it('wordCount, hasMoreWords and hasMorePieces agree with split(/\\s+/)', () => {
    fc.assert(
      fc.property(awkwardText, fc.integer({ min: 0, max: 20 }), (text, limit) => {
        const words = text.split(/\s+/).filter(Boolean).length
        expect(wordCount(text)).toBe(words)
        expect(hasMoreWords(text, limit)).toBe(words > limit)
        expect(hasMorePieces(text, limit)).toBe(text.split(/\s+/).length > limit)
      }),
      { numRuns: 2000, seed: 7 },
    )
  })

  it('counts every character that \\s matches as white space, and nothing else', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code)
      expect(wordCount(`a${c}b`), `U+${code.toString(16)}`).toBe(/\s/.test(c) ? 2 : 1)
    }
  })
})

describe('white space and keys', () => {
  it('normaliseSpace is the collapse of white space, zero-width spaces and soft hyphens it always was', () => {
    const reference = (text: string) => text.replace(/\u00ad/g, '').replace(/[\s\u200b\u2060]+/g, ' ').trim()
    fc.assert(fc.property(awkwardText, (text) => {
      expect(normaliseSpace(text)).toBe(reference(text))
    }), { numRuns: 2000, seed: 8 })
  })

  it('the furniture key lower-cases, collapses space and takes punctuation and arrows off both ends as before', () => {
    const reference = (line: string) =>
      line.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\((.*)\)$/, '$1').replace(/[\s:.»›>→|–—-]+$/, '').replace(/^[\s•·»›|–—-]+/, '').trim()
    fc.assert(fc.property(awkwardText, (text) => {
      expect(furnitureKey(text)).toBe(reference(text))
    }), { numRuns: 2000, seed: 9 })
    expect(furnitureKey('  Related Story : » — ')).toBe('related story')
  })
})

describe('credits and dates', () => {
  it('splitInlineCredit finds what its two patterns find, and nothing when a label word or closing parenthesis is missing', () => {
    const reference = (text: string) => {
      const labelled = /^(.{10,}?[.!?”"’)]?)\s+((?:photograph|photo|picture|image|illustration|credit)s?(?:\s+by)?\s*:\s*[^.:]{2,80})\.?$/i.exec(text)
      if (labelled) return { caption: (labelled[1] ?? '').trim(), credit: (labelled[2] ?? '').trim() }
      const parenthesised = /^(.{10,}?)\s*\(((?:AP|AFP|Reuters|EPA|Getty|Xinhua)\s+Photo[^()]*|[^()]{2,60}\/(?:AP|AFP|Reuters|EPA|Getty Images|Anadolu Agency|Xinhua)[^()]*)\)\s*$/.exec(text)
      if (parenthesised) return { caption: (parenthesised[1] ?? '').trim(), credit: (parenthesised[2] ?? '').trim() }
      return null
    }
    fc.assert(fc.property(awkwardText, (text) => {
      expect(splitInlineCredit(text)).toEqual(reference(text))
    }), { numRuns: 3000, seed: 10 })
    expect(splitInlineCredit('Smoke rises over the city. PHOTOGRAPH: Jane Doe/Reuters')).toEqual({ caption: 'Smoke rises over the city.', credit: 'PHOTOGRAPH: Jane Doe/Reuters' })
    expect(splitInlineCredit('Smoke rises over the city (AP Photo/John Smith)  ')).toEqual({ caption: 'Smoke rises over the city', credit: 'AP Photo/John Smith' })
  })

  it('splitGluedCredit still splits a credit glued to the text, with or without the word "agencies"', () => {
    expect(splitGluedCredit('TRTWorld and agenciesEmergency personnel worked through the night.')).toEqual({ credit: 'TRTWorld and agencies', rest: 'Emergency personnel worked through the night.' })
    expect(splitGluedCredit('AFPEmergency personnel worked.')).toEqual({ credit: 'AFP', rest: 'Emergency personnel worked.' })
    expect(splitGluedCredit('Staff and AgenciesEmergency personnel worked.')).toBeNull()
  })

  it('a credit line is still read when its dashes, parentheses and full stop bring it to the word limit', () => {
    expect(parseAgencyCredit('- ( Reuters and AP and AFP and dpa )')).toEqual({ outlet: 'Reuters and AP and AFP and dpa' })
    expect(parseAgencyCredit('Reuters and AP and AFP and dpa and EFE')).toBeNull()
  })

  it('lines without a digit hold no date', () => {
    expect(findDate('Updated November the seventeenth')).toBeNull()
    expect(isDateLine('Updated Nov 17, 2015 at 10:42 GMT')).toBe(true)
    expect(isDateLine('Updated Nov 17, 2015 at 10:42 GMT and then some more words said about it until it is long')).toBe(false)
  })
})

describe('text units', () => {
  const standsAloneCalls = (text: string) => {
    const asked: string[] = []
    const units = textUnits(text, (line) => {
      asked.push(line)
      return line === 'AFP'
    })
    return { asked, units }
  }

  it('asks whether a line stands alone only in a hard-wrapped text, and at most once a line', () => {
    expect(standsAloneCalls('Title of the piece\n\nA first paragraph that ends.\n\nA second one.').asked).toEqual([])
    const wrapped = (from: number) => Array.from({ length: 8 }, (_, i) => `Line ${from + i} of a text wrapped at a narrow column width of forty`.slice(0, 40)).join('\n')
    const { asked, units } = standsAloneCalls(`${wrapped(10)}\nAFP\n${wrapped(20)}`)
    expect(asked.length).toBeGreaterThan(0)
    expect(new Set(asked).size).toBe(asked.length)
    expect(units.map((u) => u.text)).toContain('AFP')
  })

  it('splits glued sentences, and leaves other text whole', () => {
    expect(textUnits('It said so in a statement.Such close ties matter.').map((u) => u.text)).toEqual(['It said so in a statement.', 'Such close ties matter.'])
    expect(textUnits('U.S. officials met on Friday. They agreed.').map((u) => u.text)).toEqual(['U.S. officials met on Friday. They agreed.'])
  })
})

describe('decoding', () => {
  const ascii = (text: string) => new TextEncoder().encode(text)

  it('valid UTF-8 full of control bytes is still binary', () => {
    const bytes = ascii('text '.repeat(40) + '\u0001\u0002\u0003\u0004'.repeat(10))
    expect(decodeText(bytes)).toEqual({ skipped: 'binary file (NUL bytes / control characters)' })
  })

  it('valid UTF-8 with an escape or DEL character loses it, with a warning; clean text comes back as it is', () => {
    expect(decodeText(ascii('Line one\u001b[0m and \u007f two'))).toEqual({ text: 'Line one[0m and  two', encoding: 'utf-8', warnings: ['removed 2 control characters'] })
    expect(decodeText(ascii('Plain “text”\n\nline two'))).toEqual({ text: 'Plain “text”\n\nline two', encoding: 'utf-8', warnings: [] })
  })
})
