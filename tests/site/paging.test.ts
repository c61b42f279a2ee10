import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { pageWindow, paginate, paginateByContent, pagedPath } from '../../src/site/paging.ts'
import { sentenceAnchor, topicPage } from '../../src/site/paths.ts'
import { MENTIONS_PER_PAGE, kindListPage, mentionPages, topicPageSlug, topicsByKind } from '../../src/site/topic-pages.ts'
import type { Topic } from '../../src/model.ts'

describe('paging', () => {
  it('cuts a list into pages and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(paginate([], 2)).toEqual([[]])
  })

  it('cuts a list where its items’ ids say, so that an item added or removed changes the pages around it only', () => {
    const sizes = { min: 20, average: 50, max: 120 }
    const ids = Array.from({ length: 3000 }, (_, i) => `x-${i.toString(36)}`)
    const pages = paginateByContent(ids, (id) => id, sizes)
    expect(pages.flat()).toEqual(ids)
    for (const page of pages.slice(0, -1)) {
      expect(page.length).toBeGreaterThanOrEqual(sizes.min)
      expect(page.length).toBeLessThanOrEqual(sizes.max)
    }
    expect(pages.length).toBeGreaterThan(3000 / sizes.max)
    expect(pages.length).toBeLessThan(3000 / sizes.min)
    const pagesOf = (list: string[]) => new Set(paginateByContent(list, (id) => id, sizes).map((page) => page.join(' ')))
    const before = pagesOf(ids)
    // Every single insertion and removal: the page the change is on changes, and the next ones only while a page's
    // end moved by the change falls inside the next page's first `min` items (or a page full at `max`), which
    // settles within a few pages. Measured on these ids: 5,633 of the 6,000 changes alter one page, 339 two,
    // 27 three, 1 four.
    const changedPages: number[] = []
    for (let at = 0; at < ids.length; at++) {
      for (const add of [true, false]) {
        const changed = add ? [...ids.slice(0, at), 'added', ...ids.slice(at)] : ids.filter((_, i) => i !== at)
        const after = pagesOf(changed)
        changedPages.push([...before].filter((page) => !after.has(page)).length)
      }
    }
    expect(Math.min(...changedPages)).toBe(1)
    expect(changedPages.filter((count) => count === 1).length / changedPages.length).toBeGreaterThan(0.9)
    expect(Math.max(...changedPages)).toBeLessThanOrEqual(4)
    // Fixed-size pages move every row after the change.
    const fixed = (list: string[]) => new Set(paginate(list, 50).map((page) => page.join(' ')))
    const fixedBefore = fixed(ids)
    const fixedAfter = fixed(['added', ...ids])
    expect([...fixedBefore].filter((page) => !fixedAfter.has(page)).length).toBeGreaterThan(50)
    expect(paginateByContent([], (id: string) => id, sizes)).toEqual([[]])
  }, 30_000)

  it('names page 1 plainly and later pages with --n, in folders too', () => {
    expect(pagedPath('quotes.html', 1)).toBe('quotes.html')
    expect(pagedPath('quotes.html', 3)).toBe('quotes--3.html')
    expect(pagedPath(topicPage('syria'), 2)).toBe(topicPage(topicPageSlug('syria', 2)))
  })

  it('cuts a topic’s mentions into pages of MENTIONS_PER_PAGE', () => {
    const mention = { source: 'a', sentence: 's-1', text: 'x', start: 0, end: 1 }
    const topic = { mentions: Array.from({ length: MENTIONS_PER_PAGE + 1 }, () => mention) } as unknown as Topic
    expect(mentionPages(topic).map((page) => page.length)).toEqual([MENTIONS_PER_PAGE, 1])
  })

  it('anchors a sentence on its source page', () => {
    expect(sentenceAnchor('afp', 's-1')).toBe('sources/afp.html#s-1')
  })
})

describe('pageWindow', () => {
  it('shows every page of a short list, and the ends and the neighbourhood of a long one', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4])
    expect(pageWindow(50, 2000)).toEqual([1, null, 47, 48, 49, 50, 51, 52, 53, null, 2000])
    expect(pageWindow(1, 2000)).toEqual([1, 2, 3, 4, null, 2000])
  })

  it('always holds the first, the last and the current page, in order, with at most nine numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, b) => {
      const [current, count] = a <= b ? [a, b] : [b, a]
      const numbers = pageWindow(current, count).filter((n): n is number => n !== null)
      expect(numbers).toContain(1)
      expect(numbers).toContain(count)
      expect(numbers).toContain(current)
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y))
      expect(numbers.length).toBeLessThanOrEqual(9)
    }))
  })
})

describe('topicsByKind', () => {
  it('groups topics by kind in the index order, most mentioned first, and names each kind’s list page', () => {
    const mention = (source: string) => ({ source, sentence: 's-1', text: 'x', start: 0, end: 1 })
    const topic = (slug: string, kind: Topic['kind'], sources: string[]) => ({ slug, name: slug, kind, aliases: [], summary: null, curated: false, mentions: sources.map(mention) }) as Topic
    const groups = topicsByKind([topic('paris', 'place', ['a']), topic('kim', 'person', ['a', 'b', 'b']), topic('lee', 'person', ['a'])])
    expect(groups.map((group) => [group.kind, group.topics.map((entry) => [entry.topic.slug, entry.sources])])).toEqual([
      ['person', [['kim', 2], ['lee', 1]]],
      ['place', [['paris', 1]]],
    ])
    expect(kindListPage('organization')).toBe('topics-organisations.html')
  })
})
