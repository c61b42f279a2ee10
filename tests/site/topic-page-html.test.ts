import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import type { Figure, Quote, Span, Topic } from '../../src/model.ts'
import type { TopicView } from '../../src/site/page-keys.ts'
import { linkerFor, sentenceAnchor, sourcePage } from '../../src/site/paths.ts'
import { topicPageHtml, topicPageInput, type TopicPageLinks } from '../../src/site/topic-page-html.ts'

const span = (source: string, sentence: string, start: number, end: number): Span => ({ source, sentence, start, end }) as Span
const texts: Record<string, string> = { 'a#s1': 'Lavrov met the envoy in Moscow.', 'b#s2': 'Sergei Lavrov said 24 targets were hit.' }

function linksFor(path: string): TopicPageLinks {
  const link = linkerFor(path)
  return {
    link,
    labelOf: (source) => (source === 'a' ? 'TRT World' : 'AFP'),
    sourceHref: (source) => link(sourcePage(source)),
    sentenceText: (mention) => texts[`${mention.source}#${mention.sentence}`] ?? '',
    sentenceHref: (mention) => link(sentenceAnchor(mention.source, mention.sentence)),
  }
}

const topic: Topic = {
  slug: 'sergei-lavrov',
  name: 'Sergei Lavrov',
  kind: 'person',
  aliases: ['Sergei Lavrov', 'Lavrov'],
  summary: null,
  curated: false,
  mentions: [span('a', 's1', 0, 6), span('b', 's2', 0, 13)],
}

const view = (more: Partial<TopicView> = {}): TopicView => ({
  counts: [{ source: 'a', count: 1 }, { source: 'b', count: 1 }],
  curated: undefined,
  quotes: [],
  figures: [],
  related: [],
  ...more,
})

function pageOf(page: { mentions?: Span[]; pageNumber?: number; pageCount?: number; view?: TopicView } = {}) {
  const input = topicPageInput(topic, page.mentions ?? topic.mentions, page.pageNumber ?? 1, page.pageCount ?? 1, page.view ?? view())
  const { top, rest } = topicPageHtml(input, linksFor(`topics/${topic.slug}.html`))
  return { top: fromHtml(top, { fragment: true }), rest: fromHtml(rest, { fragment: true }) }
}

describe('topicPageHtml', () => {
  it('heads the page with the kind, the name, the other spellings and the counts', () => {
    const { top } = pageOf()
    expect(toString(select('p.kicker', top)!)).toBe('Topics · People')
    expect(select('p.kicker a', top)!.properties['href']).toBe('../topics.html')
    expect(toString(select('h1', top)!)).toBe('Sergei Lavrov')
    expect(selectAll('p.aliases q', top).map((q) => toString(q))).toEqual(['Lavrov'])
    expect(selectAll('ul.stats li', top).map((li) => toString(li))).toEqual(['2mentions', '2sources'])
    expect(select('p.lede', top)).toBeUndefined()
  })

  it('lists the mentions by source, each linked to its sentence, and the sources with their counts', () => {
    const { rest } = pageOf()
    expect(selectAll('section.mention-group', rest).map((group) => group.properties['ariaLabel'])).toEqual(['TRT World', 'AFP'])
    expect(select('a.in-context', rest)!.properties['href']).toBe('../sources/a.html#s1')
    expect(toString(select('a.in-context mark', rest)!)).toBe('Lavrov')
    expect(selectAll('aside.topic-side li a', rest).map((a) => a.properties['href'])).toEqual(['../sources/a.html', '../sources/b.html'])
    expect(select('nav.pages', rest)).toBeUndefined()
    expect(select('#quotes-heading', rest)).toBeUndefined()
    expect(select('#figures-heading', rest)).toBeUndefined()
  })

  it('says which page of mentions it is and links the others', () => {
    const { rest } = pageOf({ mentions: topic.mentions.slice(1), pageNumber: 2, pageCount: 3 })
    expect(toString(select('#mentions-heading', rest)!)).toBe('Mentions (page 2 of 3)')
    expect(select('nav.pages a[rel=prev]', rest)!.properties['href']).toBe('sergei-lavrov.html')
    expect(select('nav.pages a[rel=next]', rest)!.properties['href']).toBe('sergei-lavrov--3.html')
  })

  it('shows what the topic said, the figures beside it and the topics named with it', () => {
    const quote = { text: 'useful', occurrences: [span('a', 's1', 0, 6), span('b', 's2', 0, 6)] } as unknown as Quote
    const figure = { ...span('b', 's2', 19, 29), text: '24 targets' } as Figure
    const other = { ...topic, slug: 'moscow', name: 'Moscow', kind: 'place' } as Topic
    const { top, rest } = pageOf({ view: view({ quotes: [quote], figures: [figure], related: [{ topic: other, shared: 1 }] }) })
    expect(selectAll('ul.stats li', top).map((li) => toString(li))).toContain('1quote')
    expect(toString(select('#quotes-heading', rest)!)).toBe('What Sergei Lavrov said')
    expect(toString(select('figure.quote figcaption', rest)!)).toBe('Carried by TRT World, AFP')
    expect(toString(select('ul.figure-list li', rest)!)).toBe('24 targets — AFP')
    expect(select('ul.figure-list a', rest)!.properties['href']).toBe('../sources/b.html#s2')
    expect(select('#related-heading + ul a', rest)!.properties['href']).toBe('moscow.html')
  })

  it('says when no sentence names the topic', () => {
    const { rest } = pageOf({ mentions: [] })
    expect(toString(select('section.topic-mentions > p', rest)!)).toBe('No sentence names this topic.')
  })
})
