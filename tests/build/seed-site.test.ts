import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { selectAll } from 'hast-util-select'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { brokenLinks, idsOf, type Page, readDossierJson, readPages, textOf } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'

const dist = inject('seedSite')
let json: DossierJson
let pages: Map<string, Page>

beforeAll(async () => {
  json = await readDossierJson(dist)
  pages = await readPages(dist)
})

describe('the seed dossier', () => {
  it('writes dossier.json per the contract', () => {
    expect(json.version).toBe(1)
    expect(json.title.length).toBeGreaterThan(0)
    expect(json.pages.overview).toBe('index.html')
    expect(json.sources.map((source) => source.id)).toEqual(['000-a026a23d4521d1aa', '004-92ba3c2fca35db9e'])
    for (const key of ['topics', 'crossrefs', 'quotes', 'figures'] as const) expect(Array.isArray(json[key])).toBe(true)
    for (const source of json.sources) {
      expect(source.page).toBe(`sources/${source.id}.html`)
      expect(source.sentences[0]?.role).toBe('title')
      expect(source.sentences.filter((sentence) => sentence.role === 'body').length).toBeGreaterThan(10)
      expect(new Set(source.sentences.map((sentence) => sentence.id)).size).toBe(source.sentences.length)
    }
  })

  it('has an overview and a page per source', () => {
    expect(pages.has('index.html')).toBe(true)
    for (const source of json.sources) expect(pages.has(source.page), source.page).toBe(true)
  })

  it('anchors every sentence of dossier.json on its source page, once', () => {
    for (const source of json.sources) {
      const ids = idsOf(pages.get(source.page)!)
      for (const sentence of source.sentences) {
        expect(ids.filter((id) => id === sentence.id), `${source.page}#${sentence.id}`).toHaveLength(1)
      }
    }
  })

  it('shows each sentence on its page with the text dossier.json gives', () => {
    for (const source of json.sources) {
      const page = pages.get(source.page)!
      const byId = new Map(selectAll('[id]', page.tree).map((element) => [String(element.properties['id']), element]))
      for (const sentence of source.sentences) {
        const element = byId.get(sentence.id)!
        expect(textOf(element)).toBe(sentence.text)
      }
    }
  })

  it('resolves every internal link and asset as a relative file path', () => {
    expect(brokenLinks(dist, pages)).toEqual([])
  })

  it('rewrites the analyst’s root-absolute links relative to each page that shows them', () => {
    // content/ links /compare.html from the introduction and a topic's notes, /figures.html from an annotation.
    const hrefsOf = (path: string) => selectAll('a[href]', pages.get(path)!.tree).map((a) => String(a.properties['href']))
    expect(hrefsOf('index.html')).toContain('./compare.html')
    expect(hrefsOf('topics/peace-talks.html')).toContain('../compare.html')
    expect(hrefsOf('sources/000-a026a23d4521d1aa.html')).toContain('../figures.html')
    expect(hrefsOf('print.html')).toEqual(expect.arrayContaining(['./compare.html', './figures.html']))
  })

  it('ships no module scripts and nothing from elsewhere', () => {
    for (const page of pages.values()) {
      expect(page.html, page.path).not.toMatch(/<script[^>]*type="module"/)
      expect(page.html, page.path).not.toMatch(/(src|href)="\/\//)
    }
    const stylesheets = [...pages.values()].flatMap((page) => selectAll('link[rel~=stylesheet]', page.tree))
    expect(stylesheets.length).toBeGreaterThan(0)
    for (const link of stylesheets) expect(String(link.properties['href'])).not.toMatch(/^(\/|https?:)/)
  })

  it('links every source from the overview', () => {
    const overview = pages.get('index.html')!
    const hrefs = selectAll('a[href]', overview.tree).map((a) => String(a.properties['href']))
    for (const source of json.sources) expect(hrefs).toContain(source.page)
  })

  it('writes the stylesheet it links', () => {
    const overview = pages.get('index.html')!
    const href = String(selectAll('link[rel~=stylesheet]', overview.tree)[0]!.properties['href'])
    expect(existsSync(join(dist, href))).toBe(true)
  })
})
