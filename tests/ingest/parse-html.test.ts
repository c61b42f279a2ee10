import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseArticleFile } from '../../src/ingest/parse-article.ts'
import type { ParsedArticle } from '../../src/model.ts'
import { allText, parseFile, repoFile } from './helpers.ts'

const fixture = (name: string) => parseFile(`tests/fixtures/ingest/html/${name}`)

/** Parses HTML given inline. */
function parsePage(html: string): ParsedArticle {
  const outcome = parseArticleFile(new TextEncoder().encode(html), 'inline.html', 'html')
  if ('skipped' in outcome) throw new Error(outcome.skipped)
  return outcome.article
}

describe('saved web pages', () => {
  it('news site: metadata from <meta>/<link>, the <time> text as the date shown, the figcaption with its credit', () => {
    const a = fixture('news-site.html')
    expect(a).toMatchObject({
      title: 'Russia says Syrian opposition gave it strike coordinates', titleDerived: false,
      standfirst: 'Moscow says it hit 24 targets using intelligence from opposition representatives, its first admission of such cooperation.',
      outlet: 'World News Daily', byline: 'Jane Doe', published: '2015-11-17', publishedText: '17 November 2015',
      url: 'https://www.worldnewsdaily.example/world/russia-syria-coordinates', warnings: [],
    })
    expect(a.captions).toEqual([{ text: 'A Russian war jet takes off from the Hmeimim air base in Syria.', credit: 'Photograph: Alexander Kots/AP' }])
  })

  it('news site: the body is kept in order, entities decoded; nav, cookie banner, ads, related and most-read links, footer and scripts are not', () => {
    const a = fixture('news-site.html')
    expect(a.paragraphs[0]).toBe(
      'Russia said on Tuesday its warplanes had struck 24 targets in Syria using coordinates supplied by opposition representatives, the first time Moscow has said it is working with such groups since its air campaign began.',
    )
    expect(a.paragraphs).toContain('The defence ministry said the strikes hit command posts and ammunition depots near Palmyra, Deir al-Zor and eastern Aleppo & destroyed “terrorist” positions.')
    expect(a.paragraphs).toContain('“Our aim both in Syria and anywhere else is to fight terrorism first of all,” President Vladimir Putin said.')
    expect(a.paragraphs.at(-1)).toBe('Foreign Minister Sergei Lavrov was due to meet the UN envoy Staffan de Mistura in Moscow on Wednesday.')
    expect(a.paragraphs).toHaveLength(6)
    const text = allText(a)
    for (const chrome of ['We use cookies', 'Accept all', 'Culture and the arts', 'timeline of the campaign', 'Celebrity chef', 'Registered in England',
      'must never be read', 'Style text', 'dataLayer', 'Share on Facebook', 'Middle East']) {
      expect(text, chrome).not.toContain(chrome)
    }
  })

  it('JSON-LD only (inside @graph, next to broken JSON-LD): headline, author, publisher, date and address', () => {
    const a = fixture('json-ld-only.html')
    expect(a).toMatchObject({
      title: 'Moscow admits working with Syrian rebels', outlet: 'Gulf Herald', byline: 'Omar Haddad',
      published: '2015-11-18', publishedText: '2015-11-18T06:00:00+03:00', url: 'https://gulfherald.example/news/moscow-rebels',
      standfirst: 'Russia claims the opposition supplied targets for its jets.',
    })
    expect(a.paragraphs).toHaveLength(4)
    expect(a.paragraphs[3]).toBe('Moscow said that since the start of the operation it has hit 2,084 targets in 1,631 sorties, including 52 training camps.')
    expect(allText(a)).not.toMatch(/Log in|Subscribe now|Region/)
  })

  it('blog post: <time datetime> and its text, author from the page, sub-heading and list items kept, sidebar and comments left out', () => {
    const a = fixture('blog-time.html')
    expect(a).toMatchObject({
      title: 'Notes from Moscow: the briefing that changed the story', published: '2015-11-19', publishedText: 'November 19, 2015',
      byline: 'Ivan Petrov', standfirst: null,
    })
    expect(a.paragraphs).toEqual([
      "Yesterday's briefing by the general staff was unusual. For the first time, a senior officer said the opposition had handed over the coordinates of targets.",
      'Who gave the coordinates?',
      'Andrei Kartapolov did not name a single group. Pressed by reporters, he said only that "working groups" had been set up and that their members wished to remain anonymous.',
      'No group was named by the ministry.',
      'No evidence of the contacts was offered at the briefing.',
      'Read more about the campaign in my earlier post, which looked at the first six weeks of strikes in detail.',
    ])
    expect(allText(a)).not.toMatch(/Archives|Blogroll|Great post|Powered by/)
  })

  it('figure captions: credit element, "Photograph:" ending and "(AP Photo/…)" credits; captions kept out of the body; related figure ignored', () => {
    const a = fixture('figure-captions.html')
    expect(a.captions).toEqual([
      { text: 'Emergency personnel carry a body following an air strike in the rebel-held side of Aleppo city.', credit: 'AFP/Getty Images' },
      { text: 'Children walk past a destroyed building in the Sukkari district.', credit: 'Photograph: Karam al-Masri/Reuters' },
      { text: 'A civil defence worker at the scene of a strike.', credit: 'AP Photo/Hassan Ammar' },
    ])
    expect(a).toMatchObject({ outlet: 'Picture Desk', published: '2015-11-18', standfirst: 'Residents of the rebel-held east of Aleppo count the cost of another night of air strikes.' })
    expect(a.paragraphs).toHaveLength(3)
    expect(allText(a)).not.toContain('Idlib')
  })

  it('without title metadata the article\'s <h1> is the title; a meta description that only repeats the lead is not a standfirst', () => {
    const lead = 'Russia said on Tuesday that its jets had struck 24 targets in Syria using coordinates from the opposition.'
    const a = parsePage(`<html><head><title>Strikes</title><meta name="description" content="${lead.slice(0, 60)}…"></head><body><article><h1>Russia strikes 24 targets</h1><p>${lead}</p><p>The ministry gave no names of the groups involved in the operation.</p></article></body></html>`)
    expect(a.standfirst).toBeNull()
    expect(a.title).toBe('Russia strikes 24 targets')
    expect(a.paragraphs[0]).toBe(lead)
  })

  it('text stays data: markup written as text in the page is kept as characters', () => {
    const a = parsePage('<html><head><title>A test page title</title></head><body><article><p>The tag &lt;script&gt;alert(1)&lt;/script&gt; was shown as text on the page, the editors said on Tuesday.</p></article></body></html>')
    expect(a.paragraphs).toEqual(['The tag <script>alert(1)</script> was shown as text on the page, the editors said on Tuesday.'])
  })

  it('a fragment without <html>/<body>, and bare text saved as .html, are read', () => {
    expect(parsePage('<p>Hello world, this is a fragment of a page with one paragraph only.</p>').paragraphs).toEqual([
      'Hello world, this is a fragment of a page with one paragraph only.',
    ])
    expect(parsePage('Just some text saved as html. It has two sentences.').paragraphs).toEqual(['Just some text saved as html. It has two sentences.'])
  })

  it('a page with no article text says so in its warnings', () => {
    const a = parsePage('<html><head><script>var a = "x"</script></head><body><nav>Home</nav></body></html>')
    expect(a.paragraphs).toEqual([])
    expect(a.warnings).toContain('no body text found')
  })

  it('a page in the legacy encoding it declares (windows-1251) is decoded with it', () => {
    const cyrillic = 'Москва заявила об ударах по 24 целям в Сирии.'
    const cp1251 = Uint8Array.from([...cyrillic].map((c) => c === ' ' || c === '.' ? c.charCodeAt(0) : /\d/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) - 0x410 + 0xc0))
    const head = new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>T</title></head><body><article><p>')
    const tail = new TextEncoder().encode('</p></article></body></html>')
    const outcome = parseArticleFile(Uint8Array.from([...head, ...cp1251, ...tail]), 'ru.html', 'html')
    expect('article' in outcome && outcome.article.paragraphs).toEqual([cyrillic])
  })

  it('reads a 200 KB page in well under a few seconds', () => {
    const base = readFileSync(repoFile('tests/fixtures/ingest/html/news-site.html'), 'utf8')
    const filler = Array.from({ length: 1100 }, (_, i) => `<p>Paragraph ${i}: the ministry said its jets had struck targets near Palmyra, Deir Ezzor and eastern Aleppo, using co-ordinates from <em>opposition representatives</em>.</p>`).join('\n')
    const html = base.replace('<p>Foreign Minister', `${filler}<p>Foreign Minister`)
    expect(html.length).toBeGreaterThan(195_000)
    const started = performance.now()
    const a = parsePage(html)
    expect(performance.now() - started).toBeLessThan(4000)
    expect(a.paragraphs).toHaveLength(1106)
  })
})
