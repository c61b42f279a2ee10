import { describe, expect, it } from 'vitest'
import { parseFile } from './helpers.ts'

describe('seed 000 (TRT World: title, standfirst, photo credit twice, caption, "Updated" date, closing credit)', () => {
  const article = parseFile('seeds/000_a026a23d4521d1aa.txt')

  it('reads the header', () => {
    expect(article.title).toBe('Russia claims Syrian opposition gave coordinates for strike')
    expect(article.titleDerived).toBe(false)
    expect(article.standfirst).toBe(
      'Russia says Syrian opposition gave coordinates for air strike in Syria, marking first time Moscow admits to be cooperating with opposition factions',
    )
    expect(article.published).toBe('2015-11-15')
    expect(article.publishedText).toBe('Updated Nov 15, 2015')
    expect(article.byline).toBeNull()
    expect(article.dateline).toBeNull()
  })

  it('keeps the caption with its (repeated) photo credit apart from the body', () => {
    expect(article.captions).toEqual([
      { text: 'A Russian war jet takes off from an air base in Syria', credit: 'Photo by: AP (Archive )' },
    ])
  })

  it('takes the outlet from the closing credit and keeps its wording as boilerplate', () => {
    expect(article.outlet).toBe('TRT World')
    expect(article.boilerplate).toEqual(['TRTWorld and agencies'])
  })

  it('has the body, first to last paragraph, whitespace-normalised', () => {
    expect(article.paragraphs).toHaveLength(15)
    expect(article.paragraphs[0]).toBe(
      'More than 24 positions have been targeted by Russian warplanes on Tuesday as Russia says that Syrian “opposition representatives” gave intelligence for the air strikes.',
    )
    expect(article.paragraphs.at(-1)).toBe(
      'Thousands are still pushing towards EU countries which caused a global refugee crisis urging for an immediate solution in Syria.',
    )
    expect(article.paragraphs[2]).toContain('the Russian jets on Tuesday hit targets close to Palmyra')
    expect(article.paragraphs.join(' ')).not.toMatch(/\u00a0|  /)
    expect(article.warnings).toEqual([])
  })
})

describe('seed 004 (no title: caption first, then "AFP" / "Moscow", paragraphs one a line)', () => {
  const article = parseFile('seeds/004_92ba3c2fca35db9e.txt')

  it('derives the title from the lead', () => {
    expect(article.titleDerived).toBe(true)
    expect(article.title).toBe('Russia said its jets bombed 24 targets in Syria yesterday using co-ordinates supplied by “opposition representatives”')
  })

  it('reads the credit and the dateline, and keeps the opening caption out of the body', () => {
    expect(article.outlet).toBe('AFP')
    expect(article.dateline).toBe('Moscow')
    expect(article.captions).toEqual([
      { text: 'Emergency personnel carry a body following an air strike yesterday in the rebel-held side of Aleppo city.', credit: null },
    ])
    expect(article.standfirst).toBeNull()
    expect(article.published).toBeNull()
  })

  it('splits the paragraphs that run together line by line and separates "Related Story"', () => {
    expect(article.paragraphs).toHaveLength(15)
    expect(article.paragraphs[0]).toMatch(/^Russia said its jets bombed 24 targets in Syria yesterday/)
    expect(article.paragraphs.at(-1)).toBe('It said it has managed to cause “significant losses to the terrorists” and to “undermine their morale”.')
    expect(article.boilerplate).toEqual(['Related Story'])
  })
})
