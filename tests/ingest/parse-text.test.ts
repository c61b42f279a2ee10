import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allText, parseFile, parseTxt } from './helpers.ts'

const fixture = (name: string) => parseFile(`tests/fixtures/ingest/txt/${name}`)

describe('plain-text shapes', () => {
  it('Reuters wire copy: byline, "(Reuters) -" dateline taken off the lead, trailer lines as boilerplate', () => {
    const a = fixture('reuters-wire.txt')
    expect(a).toMatchObject({
      title: 'Russia says Syrian rebels helped pick air strike targets', titleDerived: false,
      byline: 'Jane Doe', dateline: 'Moscow', outlet: 'Reuters', published: null, publishedText: 'Nov 17', standfirst: null,
    })
    expect(a.paragraphs[0]).toMatch(/^Russia said on Tuesday its warplanes had struck 24 targets/)
    expect(a.paragraphs).toHaveLength(3)
    expect(a.boilerplate).toEqual([
      '3 Min Read', 'Reporting by Jane Doe; Editing by John Smith', 'Our Standards: The Thomson Reuters Trust Principles.',
    ])
  })

  it('AP copy: capitals dateline with "(AP) —", date line under the byline, copyright trailer', () => {
    const a = fixture('ap-caps-dateline.txt')
    expect(a).toMatchObject({
      byline: 'JOHN SMITH and MARIA PETROVA', dateline: 'Beirut', outlet: 'AP',
      published: '2015-11-17', publishedText: 'November 17, 2015',
    })
    expect(a.paragraphs).toEqual([
      "Russia's military said Tuesday that members of the Syrian opposition had provided coordinates for airstrikes, a claim that could not be independently verified.",
      'Kartapolov said the strikes were carried out near the ancient town of Palmyra.',
    ])
    expect(a.boilerplate[0]).toBe('Associated Press writer Zeina Karam in Beirut contributed to this report.')
    expect(a.boilerplate[1]).toMatch(/^Copyright 2015 The Associated Press/)
  })

  it('BBC page text: "Published" label over the date, "Image source" credit, "Image caption" caption, "More on this story" trailer', () => {
    const a = fixture('bbc-style.txt')
    expect(a).toMatchObject({ title: "Syria conflict: Russia 'given targets by opposition'", published: '2015-11-17', publishedText: 'Published 17 November 2015', standfirst: null })
    expect(a.captions).toEqual([{ text: 'Russia began its air campaign in Syria on 30 September', credit: 'Image source, Getty Images' }])
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs.at(-1)).toBe('He did not say which groups were involved.')
    expect(a.boilerplate).toEqual(['Share', 'More on this story', "Russia's Syria campaign explained", 'What is Russia doing in Syria?'])
  })

  it('Guardian page text: standfirst, "Name in Place" signature, caption with "Photograph:" credit, mid-body "Advertisement", topics trailer', () => {
    const a = fixture('guardian-style.txt')
    expect(a).toMatchObject({
      standfirst: 'Moscow says it struck 24 targets using intelligence from the opposition, but does not name any group.',
      byline: 'Shaun Walker', dateline: 'Moscow', published: '2015-11-17', publishedText: 'Tue 17 Nov 2015 14.32 GMT', outlet: null,
    })
    expect(a.captions).toEqual([{ text: 'A Russian Sukhoi jet at the Hmeimim air base in Syria.', credit: 'Photograph: Alexander Kots/AP' }])
    expect(a.paragraphs).toHaveLength(2)
    expect(a.boilerplate).toEqual(['Share on Facebook', 'Share on Twitter', 'Advertisement', 'Staff and agencies', 'Topics', 'Syria', 'Russia'])
  })

  it('Al Jazeera page text: "Published On" date and "X and news agencies" credit naming the outlet', () => {
    const a = fixture('aljazeera-style.txt')
    expect(a).toMatchObject({
      title: 'Russia: Syrian opposition provided strike coordinates',
      standfirst: 'Moscow says it has hit 24 targets using information from opposition representatives',
      published: '2015-11-17', outlet: 'Al Jazeera', boilerplate: ['Al Jazeera and news agencies'],
    })
    expect(a.paragraphs).toHaveLength(2)
  })

  it('hard-wrapped at 72 columns with blank lines: lines rejoined into whole paragraphs', () => {
    const a = fixture('hard-wrapped-72.txt')
    expect(a.title).toBe('Russia says opposition supplied targets for its jets')
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs[0]).toBe(
      'Russia said on Tuesday that its warplanes had bombed 24 targets in Syria using coordinates handed over by representatives of the opposition, the first time Moscow has said it is cooperating with such groups since its air campaign began on September 30.',
    )
  })

  it('hard-wrapped without blank lines: short lines end paragraphs, "LONDON —" dateline, share prompt', () => {
    const a = fixture('wrapped-no-blank-lines.txt')
    expect(a).toMatchObject({ title: 'Russia claims help from Syrian rebels in choosing targets', byline: 'Jane Doe', dateline: 'London' })
    expect(a.paragraphs).toEqual([
      'Russia said on Tuesday that its warplanes had bombed 24 targets in Syria using coordinates handed over by representatives of the opposition, the first time Moscow has said so.',
      'The claim was made by a senior military official, Andrei Kartapolov, who did not name any of the groups involved. He said working groups had been set up.',
      'Western governments have accused Moscow of hitting moderate rebels rather than the Islamic State group, a charge Russia has repeatedly denied.',
    ])
    expect(a.boilerplate).toEqual(['Share this article'])
  })

  it('one paragraph a line, no blank lines: "Advertisement" and "Read more:" lines separated, body kept in order', () => {
    const a = fixture('lines-no-blank.txt')
    expect(a).toMatchObject({ byline: 'Jane Doe', dateline: 'Washington' })
    expect(a.paragraphs).toHaveLength(4)
    expect(a.paragraphs[0]).toBe('Russia said on Tuesday that its jets had bombed 24 targets in Syria using coordinates supplied by the opposition.')
    expect(a.paragraphs.at(-1)).toBe('Russia denies the charge and says it is fighting terrorism.')
    expect(a.boilerplate).toEqual(['Advertisement', "Read more: Russia's air war in Syria explained"])
  })

  it('no title line: the title is derived from the lead and flagged', () => {
    const a = fixture('no-title.txt')
    expect(a.titleDerived).toBe(true)
    expect(a.title).toBe('Russia said on Tuesday its jets had bombed 24 targets in Syria')
    expect(a.paragraphs).toHaveLength(2)
  })

  it('YAML front matter wins over guesses; the repeated title line is not a paragraph', () => {
    const a = fixture('front-matter.txt')
    expect(a).toMatchObject({
      title: 'Russia says opposition supplied targets', titleDerived: false, outlet: 'Example Times',
      url: 'https://example.com/world/russia-targets', published: '2015-11-17', publishedText: '2015-11-17T09:30:00Z',
      byline: 'Jane Doe, John Smith', dateline: 'Moscow', warnings: [],
    })
    expect(a.paragraphs).toEqual([
      'Russia said on Tuesday its jets had bombed 24 targets in Syria using coordinates supplied by the opposition.',
      'The claim could not be verified independently.',
    ])
  })

  it('a closing credit glued to the next page\'s caption: outlet from the credit, both texts kept as boilerplate', () => {
    const a = fixture('glued-credit.txt')
    expect(a.outlet).toBe('TRT World')
    expect(a.paragraphs).toHaveLength(2)
    expect(a.boilerplate).toEqual([
      'TRTWorld and agencies',
      'Emergency personnel carry a body following an air strike in the rebel-held side of Aleppo city.',
    ])
  })

  it('lines broken mid-sentence are rejoined; a line ending a sentence ends the paragraph', () => {
    const a = fixture('broken-lines.txt')
    expect(a.paragraphs).toEqual([
      'Russia said on Tuesday that its jets had bombed 24 targets using coordinates given by the opposition.',
      'The defence ministry said it had set up working groups with several factions.',
    ])
  })
})

describe('text copied from news sites (one line a block, no blank lines)', () => {
  it('Reuters: section label, byline, "3 minute read", a date glued to its time, "MOSCOW (Reuters) -"', () => {
    const a = fixture('reuters-web-copy.txt')
    expect(a).toMatchObject({
      title: 'Russia says Syrian opposition gave coordinates for strikes', byline: 'Maria Tsvetkova and Jack Stubbs',
      outlet: 'Reuters', dateline: 'Moscow', published: '2015-11-17', publishedText: 'November 17, 20152:35 PM UTCUpdated ago',
    })
    expect(a.paragraphs).toHaveLength(2)
    expect(a.boilerplate).toEqual([
      'World', '3 minute read', 'Reporting by Maria Tsvetkova; Writing by Jack Stubbs; Editing by Richard Balmforth',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ])
  })

  it('BBC: byline over "BBC News, Moscow", image source and caption, related topics', () => {
    const a = fixture('bbc-web-copy.txt')
    expect(a).toMatchObject({ byline: 'Steve Rosenberg', outlet: 'BBC News', dateline: 'Moscow', published: '2015-11-17', standfirst: null })
    expect(a.captions).toEqual([{ text: 'Russian jets have flown hundreds of sorties since 30 September', credit: 'Image source, EPA' }])
    expect(a.paragraphs).toHaveLength(2)
  })

  it('Al Jazeera: breadcrumb label, doubled "Published On" date, "SOURCE: AL JAZEERA AND NEWS AGENCIES"', () => {
    const a = fixture('aljazeera-web-copy.txt')
    expect(a).toMatchObject({
      title: 'Russia says Syrian opposition gave coordinates', outlet: 'Al Jazeera', published: '2015-11-17',
      standfirst: 'Moscow says it has hit 24 targets using information from opposition representatives.',
    })
    expect(a.boilerplate).toEqual(["News|Syria's War", 'SOURCE: AL JAZEERA AND NEWS AGENCIES'])
  })

  it('Guardian: "This article is more than 8 years old", signature, "Last modified" kept as boilerplate, topics trailer', () => {
    const a = fixture('guardian-web-copy.txt')
    expect(a).toMatchObject({
      title: 'Russia claims Syrian opposition helped it select bombing targets', byline: 'Shaun Walker', dateline: 'Moscow',
      published: '2015-11-17', publishedText: 'Tue 17 Nov 2015 14.32 GMT',
      standfirst: 'Moscow says it struck 24 targets using intelligence from the opposition, but does not name any group',
    })
    expect(a.paragraphs).toHaveLength(2)
    expect(a.boilerplate).toContain('This article is more than 8 years old')
    expect(a.boilerplate).toContain('Last modified on Tue 17 Nov 2015 16.00 GMT')
  })

  it('AP: capitals byline, "MOSCOW (AP) —", "___" rule and contributor line', () => {
    const a = fixture('ap-web-copy.txt')
    expect(a).toMatchObject({ byline: 'VLADIMIR ISACHENKOV', outlet: 'AP', dateline: 'Moscow', published: '2015-11-17' })
    expect(a.paragraphs).toHaveLength(2)
    expect(a.boilerplate).toEqual(['___', 'Associated Press writer Zeina Karam in Beirut contributed to this report.'])
  })
})

describe('plain-text rules', () => {
  it('loses no text: every word of the fixtures\' text (front matter aside) is somewhere in the article, but "By" and "Image caption" labels', () => {
    for (const name of readdirSync(new URL('../fixtures/ingest/txt/', import.meta.url))) {
      const kept = letters(allText(fixture(name)))
      const words = readFileSync(new URL(`../fixtures/ingest/txt/${name}`, import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/\s+/).map(letters)
      const missing = words.filter((w) => w && !['by', 'image', 'caption'].includes(w) && !kept.includes(w))
      expect(missing, name).toEqual([])
    }
  })

  it('keeps a paragraph that merely starts like a prompt ("Read more about…") in the body', () => {
    const a = parseTxt('Some headline about the talks\n\nRead more about the talks in tomorrow\'s edition, the minister said.\n\nAnother paragraph of the body follows here.')
    expect(a.boilerplate).toEqual([])
    expect(a.paragraphs).toHaveLength(2)
  })

  it('front matter with a title that differs from the first line keeps that line in the body', () => {
    const a = parseTxt('---\ntitle: Hand-set title\n---\nRussia bombs targets near Palmyra\n\nThe strikes hit 24 targets, the ministry said on Tuesday.')
    expect(a.title).toBe('Hand-set title')
    expect(a.paragraphs[0]).toBe('Russia bombs targets near Palmyra')
  })

  it('invalid front matter is reported and kept as text', () => {
    const a = parseTxt('---\ntitle: [unclosed\n---\nThe strikes hit 24 targets, the ministry said on Tuesday.')
    expect(a.warnings[0]).toMatch(/^front matter is not valid YAML/)
    expect(allText(a)).toContain('title: [unclosed')
  })

  it('a file with only a caption-like line still yields a title and keeps the text', () => {
    const a = parseTxt('Just one line of text here')
    expect(a.title).toBe('Just one line of text here')
    expect(a.paragraphs).toEqual(['Just one line of text here'])
  })
})

describe('plain-text edge cases', () => {
  it('a two-word title over a relative "Updated: 3 hours ago" line (kept as boilerplate)', () => {
    const a = parseTxt('Syria strikes\n\nUpdated: 3 hours ago\n\nThe body paragraph of the article says something important today.')
    expect(a).toMatchObject({ title: 'Syria strikes', titleDerived: false, published: null, boilerplate: ['Updated: 3 hours ago'] })
    expect(a.paragraphs).toEqual(['The body paragraph of the article says something important today.'])
  })

  it('hard-wrapped paragraphs marked by indentation, without blank lines', () => {
    const a = parseTxt([
      '    Russia said on Tuesday that its warplanes had bombed 24 targets in Syria',
      'using coordinates from the opposition, a first for Moscow in its campaign.',
      '    The claim was made by a senior military official, Andrei Kartapolov, who',
      'did not name any of the groups involved in the working groups he mentioned.',
      '    Western governments have accused Moscow of hitting moderate rebels while',
      'the Kremlin denies the charge and says it is fighting terrorism in Syria.',
    ].join('\n'))
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs[1]).toBe('The claim was made by a senior military official, Andrei Kartapolov, who did not name any of the groups involved in the working groups he mentioned.')
  })

  it('separator lines without letters are boilerplate, not a title', () => {
    const a = parseTxt('***\n\nRussia bombed 24 targets in Syria on Tuesday, the defence ministry said.\n\n•')
    expect(a.title).toBe('Russia bombed 24 targets in Syria on Tuesday, the defence ministry said')
    expect(a.boilerplate).toEqual(['***', '•'])
  })

  it('a headline ending in a question mark is a title', () => {
    const a = parseTxt('Is Russia working with Syrian rebels?\n\nMoscow says so. Nobody else does, and the groups have not been named by anyone at all.')
    expect(a).toMatchObject({ title: 'Is Russia working with Syrian rebels?', titleDerived: false })
  })

  it('two credits: the outlet named by "X and agencies" wins, the other credit line is kept as boilerplate', () => {
    const a = parseTxt('A headline about the strikes\n\nAFP\n\nThe ministry said on Tuesday its jets had bombed 24 targets in Syria.\n\nIt gave no names of the groups that helped it.\n\nTRTWorld and agencies')
    expect(a.outlet).toBe('TRT World')
    expect(a.boilerplate).toEqual(['AFP', 'TRTWorld and agencies'])
  })

  it('a wire dateline whose place and agency lose to other fields is kept as boilerplate', () => {
    const a = parseTxt('A headline about the strikes\n\nShaun Walker in Moscow\n\nLONDON (Reuters) - Russia said on Tuesday it had struck 24 targets in Syria.\n\nThe ministry gave no names.')
    expect(a).toMatchObject({ byline: 'Shaun Walker', dateline: 'Moscow' })
    expect(a.paragraphs[0]).toBe('Russia said on Tuesday it had struck 24 targets in Syria.')
    expect(a.boilerplate).toEqual(['LONDON (Reuters) -'])
  })
})

/** Lower-case letters and digits only, for comparing texts whatever their spacing. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
