import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiSentences, segmentSentenceSpans, segmentSentences } from '../../src/analyze/segment-sentences.ts'

describe('segmentSentences', () => {
  it('splits ordinary sentences', () => {
    expect(segmentSentences('Russia said so. The US denied it! Why? Nobody knows.')).toEqual([
      'Russia said so.',
      'The US denied it!',
      'Why?',
      'Nobody knows.',
    ])
  })

  it('does not split after titles and name parts', () => {
    expect(segmentSentences('Mr. Smith met Gen. Jones and Dr. Who. Then they left.')).toEqual([
      'Mr. Smith met Gen. Jones and Dr. Who.',
      'Then they left.',
    ])
  })

  it('keeps initialisms inside a sentence but ends one before a sentence opener', () => {
    expect(segmentSentences('Troops of the U.S. Army landed. It was raining in the U.S. The talks went on.')).toEqual([
      'Troops of the U.S. Army landed.',
      'It was raining in the U.S.',
      'The talks went on.',
    ])
  })

  it('keeps month abbreviations with their day and initials with their name', () => {
    expect(segmentSentences('It began on Jan. 5 in the capital. George W. Bush spoke.')).toEqual([
      'It began on Jan. 5 in the capital.',
      'George W. Bush spoke.',
    ])
  })

  it('treats a lower-case continuation as the same sentence', () => {
    expect(segmentSentences('The meeting ran until 3 p.m. and ended without a deal.')).toEqual([
      'The meeting ran until 3 p.m. and ended without a deal.',
    ])
  })

  it('loses no text: the sentences joined by spaces give the paragraph back', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr.', 'U.S.', 'said', 'The', 'it.', 'Jan.', '5', 'Gen.', 'Why?', '“Go.”', 'a', 'B.'), { minLength: 1, maxLength: 30 }), (words) => {
        const paragraph = words.join(' ')
        expect(segmentSentences(paragraph).join(' ')).toBe(paragraph)
      }),
    )
  })
})

describe('segmentSentenceSpans', () => {
  it('keeps the gap after each sentence: a space, or none between Chinese sentences', () => {
    expect(segmentSentenceSpans('他说：“不。”她走了。 The end.')).toEqual([
      { text: '他说：“不。”', gap: '' },
      { text: '她走了。', gap: ' ' },
      { text: 'The end.', gap: '' },
    ])
  })

  it('gives the paragraph back: texts and gaps joined', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr.', 'U.S.', 'said', 'it.', '他说。', '好！', '![alt]', 'Go!', 'a'), { minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (words, spaced) => {
        const paragraph = words.map((word, i) => (i > 0 && spaced[i] ? ` ${word}` : word)).join('')
        expect(segmentSentenceSpans(paragraph).map((span) => span.text + span.gap).join('')).toBe(paragraph)
      }),
    )
  })
})

describe('asciiSentences', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  const icu = (text: string) => [...segmenter.segment(text)].map((part) => part.segment)
  it('breaks printable ASCII exactly where Intl.Segmenter does', () => {
    const unit = fc.constantFrom('a', 'b', 'x', 'A', 'B', 'Q', '1', '7', ' ', ' ', ' ', '.', '.', '!', '?', ',', ';', ':', '-', '"', "'", '(', ')', '[', ']', '{', '}', '#', '$', '%', '&', '*', '/', '_', '~', '@')
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      expect(asciiSentences(text)).toEqual(icu(text))
    }), { numRuns: 20000 })
  })
  it('agrees on news prose', () => {
    for (const text of ['He said so. Then he left.', 'The U.S. Army left at 3.30 p.m. on Monday.', '"We will win!" he said. Nobody (not even Mr. Smith) agreed.', 'It cost $5.5m. (AFP) More soon...', 'Is it? yes. No.']) {
      expect(asciiSentences(text)).toEqual(icu(text))
    }
  })
})
