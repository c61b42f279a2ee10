import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { sourcePageHtml, type SourcePageInput } from '../../src/site/source-page-html.ts'

const input: SourcePageInput = {
  id: 'daily-b',
  title: 'Missile flies 1,000 km',
  titleDerived: false,
  label: 'Daily B',
  byline: 'By A. Writer',
  dateline: 'SEOUL',
  published: '2023-03-16',
  publishedText: null,
  words: 1234,
  crossrefs: 1,
  unique: 0,
  file: 'daily-b.txt',
  url: 'https://example.org/b',
  boilerplate: ['Related: <more>'],
  topics: [{ slug: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person' }],
  previous: { id: 'broadcaster-c', title: 'Launch & reaction' },
  next: null,
}
const rendered = { titleHtml: '<h1 class="article-title">Missile flies 1,000 km</h1>', bodyHtml: '<p>Body <b>text</b></p>' }

describe('a source page’s content', () => {
  const tree = fromHtml(sourcePageHtml(input, rendered), { fragment: true })

  it('puts the rendered title in the article’s head, after the outlet, and the rendered text in its own block', () => {
    const head = select('article.source > header.article-head', tree)!
    expect(toString(select('.kicker', head)!)).toBe('Daily B')
    expect(select('.kicker > .source-mark', head)).not.toBeNull()
    expect(toString(select('h1.article-title', head)!)).toBe('Missile flies 1,000 km')
    expect(toString(select('article.source > .article-text', tree)!)).toBe('Body text')
  })

  it('lists the facts: byline, dateline, date, words, passages shared (one, in the singular), only here, file, original link', () => {
    expect(selectAll('ul.meta > li', tree).map((li) => toString(li))).toEqual(['By A. Writer', 'SEOUL', '16 Mar 2023', '1,234 words', '1 passage shared with other sources', '0 only here', 'File daily-b.txt', 'Original article'])
    expect(select('ul.meta time', tree)!.properties['dateTime']).toBe('2023-03-16')
    expect(select('ul.meta a', tree)!.properties).toMatchObject({ href: 'https://example.org/b', rel: ['noopener', 'noreferrer', 'external'] })
    const bare = fromHtml(sourcePageHtml({ ...input, byline: null, dateline: null, published: null, url: null, crossrefs: 3 }, rendered), { fragment: true })
    expect(selectAll('ul.meta > li', bare).map((li) => toString(li))).toEqual(['1,234 words', '3 passages shared with other sources', '0 only here', 'File daily-b.txt'])
  })

  it('links the topics and the neighbours relative to the page, and escapes what the article says', () => {
    expect(select('.source-topics a', tree)!.properties['href']).toBe('../topics/kim-jong-un.html')
    expect(toString(select('.source-topics .kind', tree)!)).toBe('person')
    const pager = select('nav.pager', tree)!
    expect(selectAll('a', pager).map((a) => [a.properties['className'], a.properties['href'], toString(a)])).toEqual([[['previous'], 'broadcaster-c.html', 'Previous sourceLaunch & reaction']])
    expect(toString(select('.boilerplate p:last-child', tree)!)).toBe('Related: <more>')
    expect(select('script', tree)!.properties['src']).toBe('../scripts/sidenotes.js')
  })

  it('says when the title was made from the first sentence, and leaves out what an article lacks', () => {
    const derived = fromHtml(sourcePageHtml({ ...input, titleDerived: true, boilerplate: [], topics: [], previous: null }, rendered), { fragment: true })
    expect(select('.derived-title', derived)).not.toBeNull()
    expect(select('.boilerplate', derived)).toBeUndefined()
    expect(select('.source-topics', derived)).toBeUndefined()
    expect(selectAll('nav.pager a', derived)).toHaveLength(0)
  })
})
