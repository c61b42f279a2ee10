import { toHtml } from 'hast-util-to-html'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffArrays } from 'diff'
import { commonWords, markDifferences, tokenize } from '../../src/annotate/word-diff.ts'

const html = (base: string, other: string) => toHtml({ type: 'root', children: [...markDifferences(base, other)] })

describe('markDifferences', () => {
  it('marks the words the other passage adds or changes', () => {
    expect(html('Russia hit 24 targets.', 'Russia hit more than 24 positions.')).toBe('Russia hit <mark class="differs">more than</mark> 24 <mark class="differs">positions</mark>.')
  })

  it('treats case, quote marks and hyphenation variants as the same word', () => {
    expect(html('The "coordinates" were given.', 'the “co-ordinates” were given.')).toBe('the “co-ordinates” were given.')
    expect(html('PEDRO SANCHEZ met the E-MAIL team', 'Pedro Sánchez met the email team')).toBe('Pedro Sánchez met the email team')
    expect(html('Pedro Sánchez met the team', 'pedro SANCHEZ met the team')).toBe('pedro SANCHEZ met the team')
    expect(html('Sánchez met the team', 'Sanches met the team')).toBe('<mark class="differs">Sanches</mark> met the team')
  })

  it('marks a paraphrase that shares only a few words', () => {
    const base = 'More than 24 positions have been targeted by Russian warplanes on Tuesday as Russia says that Syrian “opposition representatives” gave intelligence.'
    const other = 'Russia said its jets bombed 24 targets in Syria yesterday using co-ordinates supplied by “opposition representatives”—the first time.'
    expect(html(base, other)).toBe('<mark class="differs">Russia said its jets bombed</mark> 24 <mark class="differs">targets in Syria yesterday using co-ordinates supplied</mark> by “opposition representatives”—<mark class="differs">the first time</mark>.')
  })

  it('keeps the other passage’s text exactly', () => {
    const other = 'Deir al-Zor, Ithriya — and “eastern” Aleppo.'
    expect(html('Deir Ezzor, Ithriya and eastern Aleppo', other).replace(/<[^>]+>/g, '')).toBe(other)
  })

  it('marks each side of a pair with what the other lacks, whichever side is asked first', () => {
    const a = 'Officials said 40 people died in the floods on Tuesday.'
    const b = 'At least 40 people died in Tuesday’s floods, officials said.'
    expect(html(b, a)).toBe('<mark class="differs">Officials said</mark> 40 people died in <mark class="differs">the</mark> floods <mark class="differs">on Tuesday</mark>.')
    expect(html(a, b)).toBe('<mark class="differs">At least</mark> 40 people died in <mark class="differs">Tuesday’s</mark> floods, <mark class="differs">officials said</mark>.')
  })

  it('gives back the other passage’s text for any pair of texts', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (base, other) => {
      expect(html(base, other).replace(/<[^>]+>/g, '').replaceAll('&#x26;', '&').replaceAll('&#x3C;', '<')).toBe(other)
    }))
  })

  it('makes new nodes at every call: a caller changing one result leaves the next intact', () => {
    const first = markDifferences('Russia hit 24 targets.', 'Russia hit more than 24 positions.')
    first.length = 0
    expect(html('Russia hit 24 targets.', 'Russia hit more than 24 positions.')).toBe('Russia hit <mark class="differs">more than</mark> 24 <mark class="differs">positions</mark>.')
  })

  it('tokenizes into words, spaces and punctuation that join back', () => {
    const text = 'It cost $2.5 million, he said: “no.”'
    expect(tokenize(text).join('')).toBe(text)
    expect(tokenize(text)).toContain('2.5')
  })
})

describe('commonWords', () => {
  const kept = (words: readonly string[], flags: Uint8Array) => words.filter((_, i) => flags[i])
  const lcsLength = (a: string[], b: string[]) => diffArrays(a, b).filter((change) => !change.added && !change.removed).reduce((sum, change) => sum + change.count, 0)

  it('keeps a longest common subsequence of the two passages’ words', () => {
    const words = fc.array(fc.constantFrom('the', 'ministry', 'said', '24', 'targets', 'more', 'than', 'hit'), { maxLength: 40 })
    fc.assert(fc.property(words, words, (a, b) => {
      const common = commonWords(a, b)!
      expect(kept(a, common.a)).toEqual(kept(b, common.b))
      expect(kept(a, common.a)).toHaveLength(lcsLength(a, b))
    }))
  })

  it('compares long passages with the general diff, and gives up on pathological ones', () => {
    const long = Array.from({ length: 400 }, (_, i) => `w${i % 50}`)
    const common = commonWords(long, [...long.slice(1), 'x'])!
    expect(kept(long, common.a)).toHaveLength(399)
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`)
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`)
    expect(commonWords(a, b)).toBeNull()
  })
})
