import { selectAll } from 'hast-util-select'
import type { Element } from 'hast'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Page, readDossierJson, readPages, textOf } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'
import { relativeHref, sourcePage, topicPage } from '../../src/site/paths.ts'

const dist = inject('seedSite')
let json: DossierJson
let pages: Map<string, Page>

beforeAll(async () => {
  json = await readDossierJson(dist)
  pages = await readPages(dist)
})

/** The hrefs of the links inside the footnotes section of a page. */
function footnoteHrefs(page: Page): string[] {
  return selectAll('section[data-footnotes] li a', page.tree).map((a) => String(a.properties['href']))
}

describe('annotated source pages', () => {
  it('show every cross-reference as a footnote on each member’s page, linking to the other sentence', () => {
    expect(json.crossrefs.length).toBeGreaterThan(0)
    for (const crossref of json.crossrefs) {
      for (const member of crossref.members) {
        const page = pages.get(sourcePage(member.source))!
        const hrefs = footnoteHrefs(page)
        for (const other of crossref.members.filter((m) => m.source !== member.source)) {
          expect(hrefs, `${member.source}#${member.sentence} → ${other.source}#${other.sentence}`).toContain(
            relativeHref(sourcePage(member.source), `${sourcePage(other.source)}#${other.sentence}`),
          )
        }
      }
    }
  })

  it('puts the reference right after the sentence, numbered, linking to its footnote and back', () => {
    for (const source of json.sources) {
      const page = pages.get(source.page)!
      const refs = selectAll('sup > a[data-footnote-ref]', page.tree)
      refs.forEach((ref, i) => {
        expect(ref.properties['href']).toBe(`#fn-${i + 1}`)
        expect(ref.properties['id']).toBe(`fnref-${i + 1}`)
      })
      const backrefs = selectAll('a[data-footnote-backref]', page.tree).map((a) => a.properties['href'])
      expect(backrefs).toEqual(refs.map((ref) => `#${ref.properties['id']}`))
    }
  })

  it('states a figure discrepancy in the footnote', () => {
    const withDiscrepancy = json.crossrefs.find((crossref) => crossref.discrepancies.length > 0)!
    expect(withDiscrepancy).toBeDefined()
    const page = pages.get(sourcePage(withDiscrepancy.members[0]!.source))!
    const text = selectAll('section[data-footnotes] .note-discrepancy', page.tree).map(textOf).join('\n')
    expect(text).toContain(withDiscrepancy.discrepancies[0]!.detail)
  })

  it('links every topic mention of dossier.json on the source page to the topic page', () => {
    for (const source of json.sources) {
      const page = pages.get(source.page)!
      const links = topicLinkRanges(page)
      const all = json.topics.flatMap((topic) => topic.mentions.filter((m) => m.source === source.id).map((m) => ({ ...m, topic })))
      for (const mention of all) {
        const href = relativeHref(source.page, mention.topic.page)
        const own = links.find((l) => l.sentence === mention.sentence && l.start === mention.start && l.end === mention.end && l.href === href)
        // A mention overlapping a longer (or earlier) one of another topic is linked through that one.
        const covering = links.find((l) => l.sentence === mention.sentence && l.start < mention.end && mention.start < l.end && l.href !== href)
        expect(own ?? covering, `${mention.topic.slug} "${mention.text}" in ${source.id}#${mention.sentence}`).toBeDefined()
      }
      expect(links.length).toBeGreaterThan(0)
    }
  })

  it('links every mention on the topic page back to its sentence', () => {
    for (const topic of json.topics) {
      const page = pages.get(topic.page)!
      const hrefs = selectAll('a.in-context', page.tree).map((a) => String(a.properties['href']))
      for (const mention of topic.mentions.slice(0, 200)) {
        expect(hrefs).toContain(relativeHref(topicPage(topic.slug), `${sourcePage(mention.source)}#${mention.sentence}`))
      }
    }
  })

  it('has a topics index linking every topic, grouped by kind', () => {
    const index = pages.get(json.pages.topics)!
    const hrefs = selectAll('a', index.tree).map((a) => String(a.properties['href']))
    for (const topic of json.topics) expect(hrefs).toContain(topic.page)
    const headings = selectAll('h2', index.tree).map(textOf)
    expect(headings.some((heading) => heading.startsWith('People'))).toBe(true)
  })

  it('shows the analyst’s annotation at its passage as a distinct note', () => {
    const page = pages.get(sourcePage('000-a026a23d4521d1aa'))!
    const marks = selectAll('mark.analyst-mark', page.tree).map(textOf).join('')
    expect(marks).toBe('More than 24 positions have been targeted by Russian warplanes')
    const note = selectAll('section[data-footnotes] li.note-analyst', page.tree).map(textOf).join('')
    expect(note).toContain('How many targets?')
    expect(note).toContain('24 targets')
  })
})

/** Each topic link of a page: its sentence, its character range in the sentence's text, its href. */
function topicLinkRanges(page: Page): { sentence: string; start: number; end: number; href: string }[] {
  const ranges: { sentence: string; start: number; end: number; href: string }[] = []
  for (const sentence of selectAll('span.sentence', page.tree) as Element[]) {
    let offset = 0
    const walk = (node: Element['children'][number]) => {
      if (node.type === 'text') offset += node.value.length
      else if (node.type === 'element') {
        const start = offset
        node.children.forEach(walk)
        if (node.tagName === 'a' && (node.properties['className'] as string[] | undefined)?.includes('topic-link')) {
          ranges.push({ sentence: String(sentence.properties['id']), start, end: offset, href: String(node.properties['href']) })
        }
      }
    }
    sentence.children.forEach(walk)
  }
  return ranges
}
