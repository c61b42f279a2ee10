import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticleFile } from '../../src/ingest/parse-article.ts'
import { allText } from './helpers.ts'

/** Lines of the kinds saved articles are made of. */
const line = fc.oneof(
  fc.constantFrom(
    'Russia says Syrian opposition gave coordinates', 'By Jane Doe', 'AFP', 'Moscow', 'TRTWorld and agencies', 'Related Story',
    'Photo by: AP (Archive )', 'Updated Nov 15, 2015', 'Published', '17 November 2015', 'Share this article', 'Advertisement',
    'LONDON (Reuters) - Russia said on Tuesday it had struck 24 targets.', 'Read more: the war explained', 'Image caption, Jets at a base',
    'Reporting by Jane Doe; Editing by John Smith', '© 2015 Example Ltd. All rights reserved.', 'Staff and agencies', '•', '',
    'Shaun Walker in Moscow', 'A Russian jet. Photograph: A. Kots/AP', 'MOSCOW, Nov 17 (Reuters) - The ministry gave no names.',
  ),
  fc.array(fc.constantFrom('the', 'ministry', 'said', 'Russia', 'targets', 'on', 'Tuesday', '24', 'opposition', 'Kartapolov', '“quoted”', 'strikes,'), { minLength: 1, maxLength: 40 })
    .map((words) => words.join(' ') + (words.length > 6 ? '.' : '')),
)

/** Lower-case letters and digits only. */
const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

describe('plain-text parser, on generated articles', () => {
  it('never throws, always has a title, and loses no word (but the "By", signature "in" and "Image caption" labels)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\n\n', '\r\n'), (lines, separator) => {
        const text = lines.join(separator)
        const outcome = parseArticleFile(new TextEncoder().encode(text), 'generated.txt', 'txt')
        if ('skipped' in outcome) {
          expect(text.trim().replace(/[•\s]/g, '')).toBe('')
          return
        }
        const article = outcome.article
        expect(article.title.length).toBeGreaterThan(0)
        const kept = letters(allText(article))
        for (const word of text.split(/\s+/).map(letters)) {
          if (word && !['by', 'in', 'image', 'caption'].includes(word)) expect(kept, `${word} in ${JSON.stringify(text)}`).toContain(word)
        }
      }),
      { numRuns: 400, seed: 20151117 },
    )
  })
})
