import { describe, expect, it } from 'vitest'
import * as parseArticle from '../../src/ingest/parse-article.ts'
import { isFurniture, isTrailerHeading } from '../../src/ingest/text-boilerplate.ts'
import { isPhotoCredit, outletName, parseAgencyCredit, parseByline, parseSignature, splitGluedCredit, splitInlineCredit } from '../../src/ingest/text-credits.ts'
import { findDate, isDateLine } from '../../src/ingest/text-dates.ts'
import { parseInlineDateline, placeName } from '../../src/ingest/text-dateline.ts'
import { deriveTitle, isTitleLike } from '../../src/ingest/text-title.ts'
import { textUnits, wrapWidth } from '../../src/ingest/text-units.ts'

describe('parse-article entry', () => {
  it('exports exactly the reader, its version and nothing else at run time', () => {
    expect(Object.keys(parseArticle).sort()).toEqual(['PARSER_VERSION', 'parseArticleFile'])
  })
})

describe('dates', () => {
  it.each([
    ['Updated Nov 15, 2015', '2015-11-15'],
    ['Published On 17 Nov 2015', '2015-11-17'],
    ['Tue 17 Nov 2015 14.32 GMT', '2015-11-17'],
    ['2015-11-17T10:42:00+00:00', '2015-11-17'],
    ['November 17th, 2015', '2015-11-17'],
    ['17 of November 2015', '2015-11-17'],
    ['2015/11/17', '2015-11-17'],
    ['17.11.2015', '2015-11-17'],
    ['Sept. 3, 2015', '2015-09-03'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  it('rejects impossible dates and texts without a year', () => {
    expect(findDate('February 30, 2015')).toBeNull()
    expect(findDate('Nov 17')).toBeNull()
    expect(findDate('2015-13-01')).toBeNull()
  })

  it('tells a date line from a sentence holding a date', () => {
    expect(isDateLine('Last updated: Tuesday 17 November 2015, 14:32 GMT')).toBe(true)
    expect(isDateLine('First published on Tue 17 Nov 2015 14.32 GMT')).toBe(true)
    expect(isDateLine('Russia began its campaign on 30 September 2015.')).toBe(false)
  })
})

describe('credits and bylines', () => {
  it('names the outlet of a credit line', () => {
    expect(parseAgencyCredit('TRTWorld and agencies')).toEqual({ outlet: 'TRT World' })
    expect(parseAgencyCredit('Al Jazeera and news agencies')).toEqual({ outlet: 'Al Jazeera' })
    expect(parseAgencyCredit('Staff and agencies')).toEqual({ outlet: null })
    expect(parseAgencyCredit('AFP')).toEqual({ outlet: 'AFP' })
    expect(parseAgencyCredit('(Reuters)')).toEqual({ outlet: 'Reuters' })
    expect(parseAgencyCredit('Source: Xinhua')).toEqual({ outlet: 'Xinhua' })
    expect(parseAgencyCredit('BBC News, Moscow')).toEqual({ outlet: 'BBC News', place: 'Moscow' })
    expect(parseAgencyCredit('Moscow')).toBeNull()
    expect(parseAgencyCredit('The agencies said it was over.')).toBeNull()
    expect(outletName('Guardian staff')).toBe('Guardian')
  })

  it('splits a credit glued to the text after it, and nothing else', () => {
    expect(splitGluedCredit('TRTWorld and agenciesEmergency personnel carry a body')).toEqual({ credit: 'TRTWorld and agencies', rest: 'Emergency personnel carry a body' })
    expect(splitGluedCredit('AFPEmergency personnel')).toEqual({ credit: 'AFP', rest: 'Emergency personnel' })
    expect(splitGluedCredit('APEC leaders met')).toBeNull()
    expect(splitGluedCredit('McDonald said so')).toBeNull()
  })

  it('recognises photo credits and credits at the end of captions', () => {
    for (const credit of ['Photo by: AP (Archive )', 'Photograph: Alexander Kots/AP', 'Image source, Getty Images', 'Photo: Reuters', 'AFP Photo', 'John Smith/AFP via Getty Images']) {
      expect(isPhotoCredit(credit), credit).toBe(true)
    }
    expect(isPhotoCredit('Photographers gathered outside the ministry on Tuesday.')).toBe(false)
    expect(splitInlineCredit('Smoke rises over Aleppo. Photograph: Jane Doe/Reuters')).toEqual({ caption: 'Smoke rises over Aleppo.', credit: 'Photograph: Jane Doe/Reuters' })
    expect(splitInlineCredit('A civil defence worker at the scene. (AP Photo/Hassan Ammar)')).toEqual({ caption: 'A civil defence worker at the scene.', credit: 'AP Photo/Hassan Ammar' })
  })

  it('reads bylines and signatures', () => {
    expect(parseByline('By Jane Doe')).toEqual({ byline: 'Jane Doe', outlet: null })
    expect(parseByline('By Jane Doe | Reuters')).toEqual({ byline: 'Jane Doe', outlet: 'Reuters' })
    expect(parseByline('By Jane Doe, Moscow correspondent')).toEqual({ byline: 'Jane Doe, Moscow correspondent', outlet: null })
    expect(parseByline('By Tuesday the talks had failed. Nobody came.')).toBeNull()
    expect(parseSignature('Shaun Walker in Moscow')).toEqual({ byline: 'Shaun Walker', outlet: null, place: 'Moscow' })
    expect(parseSignature('Russia in Syria')).toBeNull()
  })
})

describe('datelines', () => {
  it.each([
    ['LONDON (Reuters) - Text.', 'London', 'Reuters', null],
    ['MOSCOW, Nov 17 (Reuters) - Text.', 'Moscow', 'Reuters', 'Nov 17'],
    ['BEIRUT (AP) — Text.', 'Beirut', 'AP', null],
    ['WASHINGTON — Text.', 'Washington', null, null],
    ['RIO DE JANEIRO — Text.', 'Rio de Janeiro', null, null],
    ['GAZA CITY, Gaza Strip (AFP) - Text.', 'Gaza City, Gaza Strip', 'AFP', null],
    ['Moscow (AFP) - Text.', 'Moscow', 'AFP', null],
    ['NEW DELHI: Text.', 'New Delhi', null, null],
  ])('%s', (paragraph, place, agency, dateText) => {
    expect(parseInlineDateline(paragraph)).toEqual({ place, agency, dateText, rest: 'Text.' })
  })

  it('leaves ordinary openings alone', () => {
    expect(parseInlineDateline('Russia - which denies it - said so.')).toBeNull()
    expect(parseInlineDateline('US-trained rebels said so.')).toBeNull()
    expect(parseInlineDateline('Moscow (the capital) - said so.')).toBeNull()
    expect(placeName("ABIDJAN, CÔTE D'IVOIRE")).toBe("Abidjan, Côte D'Ivoire")
  })
})

describe('boilerplate lines', () => {
  it('knows prompts and trailers, and leaves sentences that start like them', () => {
    for (const line of ['Related Story', 'More on this story', 'Most read', 'You might also like:']) expect(isTrailerHeading(line), line).toBe(true)
    for (const line of ['Advertisement', 'Share this article', 'Read more: the war explained', 'Follow us on Twitter', '© 2015 Example Ltd', 'Reporting by Jane Doe; Editing by John Smith', '3 hours ago']) {
      expect(isFurniture(line), line).toBe(true)
    }
    for (const line of ['Read more about the talks in tomorrow\'s paper, he said.', 'Share prices fell on Tuesday.', 'Related talks will take place in Vienna.']) {
      expect(isFurniture(line), line).toBe(false)
    }
  })
})

describe('titles and lines', () => {
  it('derives a short title from a lead', () => {
    expect(deriveTitle('Russia bombed 24 targets. More followed.')).toBe('Russia bombed 24 targets')
    expect(deriveTitle('Russia said its jets bombed 24 targets in Syria yesterday using co-ordinates supplied by the opposition—the first time Moscow has claimed to work with them since it began.'))
      .toBe('Russia said its jets bombed 24 targets in Syria yesterday using co-ordinates supplied by the opposition')
    expect(deriveTitle('One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen.')).toBe('One two three four five six seven eight nine ten eleven twelve…')
    expect(isTitleLike('Russia claims Syrian opposition gave coordinates for strike')).toBe(true)
    expect(isTitleLike('A Russian war jet takes off from an air base in Syria, the ministry said on Tuesday afternoon.')).toBe(false)
  })

  it('finds the wrap width of a hard-wrapped text, and none in one-sentence-a-line text', () => {
    const wrapped = 'Russia said on Tuesday that its warplanes had bombed 24 targets in Syria\nusing coordinates handed over by representatives of the opposition, the\nfirst time Moscow has said it is cooperating with such groups since its\nair campaign began on September 30.'
    expect(wrapWidth(wrapped.split('\n'))).toBe(72)
    expect(textUnits(wrapped)).toHaveLength(1)
    const lines = 'Russia said on Tuesday that its warplanes had bombed targets in Syria.\nThe claim was made by a senior official who did not name any group.\nWestern governments accused Moscow of hitting moderate rebels instead.\nRussia denies the charge and says it is fighting terrorism in Syria.'
    expect(wrapWidth(lines.split('\n'))).toBeNull()
    expect(textUnits(lines)).toHaveLength(4)
  })
})
