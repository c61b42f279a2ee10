import { describe, expect, it } from 'vitest'
import { parseArticleFile } from '../../src/ingest/parse-article.ts'
import type { ParsedArticle } from '../../src/model.ts'
import { parseFile } from './helpers.ts'

const fixture = (name: string) => parseFile(`tests/fixtures/ingest/md/${name}`)

/** Parses Markdown given inline. */
function parseMd(markdown: string): ParsedArticle {
  const outcome = parseArticleFile(new TextEncoder().encode(markdown), 'inline.md', 'md')
  if ('skipped' in outcome) throw new Error(outcome.skipped)
  return outcome.article
}

describe('Markdown clippings', () => {
  it('web-clipper front matter sets the fields (wiki-link authors, source URL, site, description); "created" is not the date', () => {
    const a = fixture('web-clipper.md')
    expect(a).toMatchObject({
      title: 'Russia says Syrian opposition gave coordinates for strikes', titleDerived: false,
      standfirst: 'Moscow says it hit 24 targets using intelligence from opposition representatives.',
      outlet: 'Example News', byline: 'Jane Doe, John Smith', published: '2015-11-17', publishedText: '2015-11-17',
      url: 'https://www.example-news.com/world/2015/11/17/russia-syria-opposition', warnings: [],
    })
  })

  it('body: markup gives way to text, the H1 repeating the title is dropped, sub-headings and list items are paragraphs', () => {
    const a = fixture('web-clipper.md')
    expect(a.dateline).toBe('Moscow')
    expect(a.captions).toEqual([{ text: 'Smoke rises over Aleppo after an air strike', credit: null }])
    expect(a.paragraphs).toEqual([
      'Russia said on Tuesday its jets had bombed 24 targets in Syria using coordinates supplied by opposition representatives.',
      'What Russia said',
      '"The coordinates of all of these targets were given to us by opposition representatives," senior military official Andrei Kartapolov said.',
      'The ministry listed the targets:',
      'command posts near Palmyra',
      'munition stores in Deir al-Zor',
      'including two depots',
      'anti-aircraft artillery in eastern Aleppo',
      '"Such close cooperation will allow us to unite the efforts," the defence ministry said.',
      'Target | Place',
      'Command post | Palmyra',
    ])
    expect(a.boilerplate).toEqual(['Share this article', '<div class="ad-slot"></div>'])
  })

  it('without front matter: the leading H1 is the title, an italic byline and a date line are read, the trailer list is boilerplate', () => {
    const a = fixture('heading-title-no-front-matter.md')
    expect(a).toMatchObject({
      title: 'Russia claims opposition help in Syria strikes', titleDerived: false, byline: 'Jane Doe',
      published: '2015-11-17', publishedText: 'Published 17 November 2015',
    })
    expect(a.paragraphs).toEqual([
      'The Russian defence ministry said on Tuesday it had struck 24 targets in Syria with the help of the opposition.',
      'First, the ministry said the targets were near Palmyra.',
      'Second, it said working groups had been set up.',
    ])
    expect(a.boilerplate).toEqual(['Related stories', "Russia's war in Syria", 'What is Russia doing?'])
  })

  it('no title at all: derived from the lead; hard breaks mid-sentence rejoined; an italic line under an image is its caption', () => {
    const a = fixture('minimal.md')
    expect(a.titleDerived).toBe(true)
    expect(a.title).toBe('Russia said on Tuesday that its jets had bombed 24 targets in Syria')
    expect(a.paragraphs[0]).toBe('Russia said on Tuesday that its jets had bombed 24 targets in Syria, with coordinates supplied by the opposition.')
    expect(a.captions).toEqual([
      { text: 'A Russian jet at Hmeimim air base. (A Russian war jet takes off from an air base in Syria)', credit: 'Photograph: Alexander Kots/AP' },
    ])
  })

  it('text stays data: escaped and inline markup is never interpreted, entities become plain characters', () => {
    const a = parseMd('# A title for the test\n\nThe &lt;b&gt;minister&lt;/b&gt; said <script>alert(1)</script> it & co. were "fine".\n')
    expect(a.paragraphs).toEqual(['The <b>minister</b> said <script>alert(1)</script> it & co. were "fine".'])
  })

  it('drops the tags of mere formatting but keeps any other inline HTML as typed, so nothing is lost', () => {
    const a = parseMd('# A title for the test\n\nHe said it <b>twice</b>, 10<sup>3</sup> times, near <Component prop="x" /> and <img src=x onerror=alert(1)>.\n')
    expect(a.paragraphs).toEqual(['He said it twice, 103 times, near <Component prop="x" /> and <img src=x onerror=alert(1)>.'])
  })

  it('a link keeps its text, an image inside a link still gives its caption', () => {
    const a = parseMd('Some title words here\n\nRead the [full statement](https://x.example) of the ministry, which was issued on Tuesday.\n\n[![Kartapolov at a briefing](https://x.example/k.jpg)](https://x.example/k)\n')
    expect(a.paragraphs).toEqual(['Read the full statement of the ministry, which was issued on Tuesday.'])
    expect(a.captions).toEqual([{ text: 'Kartapolov at a briefing', credit: null }])
  })
})
