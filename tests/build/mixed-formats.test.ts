import { join } from 'node:path'
import { selectAll } from 'hast-util-select'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildSite, projectRoot, removeSite, type BuiltSite } from '../support/build-site.ts'
import { brokenLinks, type Page, readDossierJson, readPages, textOf } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'
import { normalizeText } from '../../src/analyze/sentence-id.ts'

// The seed story saved three ways: the TRT World article as a web page, the AFP one as a Markdown
// clipping, a wire report as plain text; and a photo that is not an article.
let site: BuiltSite
let json: DossierJson
let pages: Map<string, Page>
let seedJson: DossierJson

beforeAll(async () => {
  site = await buildSite({ seeds: join(projectRoot, 'tests/fixtures/mixed'), content: join(projectRoot, 'tests/fixtures/mixed-content') })
  json = await readDossierJson(site.dist)
  pages = await readPages(site.dist)
  seedJson = await readDossierJson(inject('seedSite'))
})

afterAll(async () => {
  if (site) await removeSite(site)
})

/** The pairs of sentence texts that cross-references link between two sources. */
function linkedTexts(dossier: DossierJson, a: string, b: string): Set<string> {
  const text = new Map(dossier.sources.flatMap((source) => source.sentences.map((s) => [`${source.id}#${s.id}`, normalizeText(s.text)] as const)))
  const pairs = new Set<string>()
  for (const crossref of dossier.crossrefs) {
    if (crossref.kind === 'related') continue
    for (const x of crossref.members.filter((m) => m.source === a)) {
      for (const y of crossref.members.filter((m) => m.source === b)) pairs.add(`${text.get(`${x.source}#${x.sentence}`)} ↔ ${text.get(`${y.source}#${y.sentence}`)}`)
    }
  }
  return pairs
}

describe('a seeds folder mixing web pages, Markdown clippings and plain text', () => {
  it('reads each format into a source, with its metadata', () => {
    const byFormat = Object.fromEntries(json.sources.map((source) => [source.format, source]))
    expect(Object.keys(byFormat).sort()).toEqual(['html', 'md', 'txt'])
    expect(byFormat['html']).toMatchObject({ id: 'trt-world', outlet: 'TRT World', published: '2015-11-15', url: 'https://www.trtworld.com/mea/russia-claims-syrian-opposition-gave-coordinates-for-strike-1234' })
    expect(byFormat['md']).toMatchObject({ id: 'afp', outlet: 'AFP', published: '2015-11-18', title: 'Russia says Syrian opposition gave it coordinates for strikes' })
    expect(byFormat['txt']!.title).toBe('Moscow says Syrian rebels helped pick air strike targets')
  })

  it('keeps the article and leaves the page furniture out', () => {
    const text = selectAll('.article-text', pages.get('sources/trt-world.html')!.tree).map(textOf).join(' ')
    expect(text).toContain('More than 24 positions have been targeted by Russian warplanes')
    expect(text).toContain('Thousands are still pushing towards EU countries')
    for (const chrome of ['Accept all cookies', 'Most read', 'Privacy policy', 'dataLayer', 'Middle East']) expect(text).not.toContain(chrome)
  })

  it('links to the original article from the source page', () => {
    const links = selectAll('a[rel~=external]', pages.get('sources/afp.html')!.tree).map((a) => String(a.properties['href']))
    expect(links).toContain('https://www.example-news.com/afp/2015/11/18/russia-syria-opposition-coordinates')
  })

  it('aligns the web page with the clipping as well as the two plain-text seeds align', () => {
    const fromText = linkedTexts(seedJson, '000-a026a23d4521d1aa', '004-92ba3c2fca35db9e')
    const fromMixed = linkedTexts(json, 'trt-world', 'afp')
    expect(fromText.size).toBeGreaterThan(3)
    // A sentence may be cut differently (the text seed's title is its lead, cut short): the same passage is one text holding the other.
    const same = (a: string, b: string) => a.includes(b) || b.includes(a)
    const matches = (pair: string) => [...fromMixed].some((other) => {
      const [x = '', y = ''] = pair.split(' ↔ ')
      const [u = '', v = ''] = other.split(' ↔ ')
      return same(x, u) && same(y, v)
    })
    const kept = [...fromText].filter(matches)
    expect(kept.length / fromText.size).toBeGreaterThanOrEqual(0.9)
  })

  it('aligns the plain-text wire report with both', () => {
    expect(linkedTexts(json, 'trt-world', 'wire-report').size + linkedTexts(json, 'afp', 'wire-report').size).toBeGreaterThanOrEqual(3)
  })

  it('names the file it could not read, and why', () => {
    expect(json.skipped).toEqual([{ file: 'photo.jpg', reason: expect.stringContaining('unknown extension') }])
    expect(textOf(pages.get('index.html')!.tree)).toContain('photo.jpg')
  })

  it('has no broken links', () => {
    expect(brokenLinks(site.dist, pages)).toEqual([])
  })
})
