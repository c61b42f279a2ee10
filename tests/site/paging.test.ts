import { describe, expect, it } from 'vitest'
import { paginate, pagedPath } from '../../src/site/paging.ts'
import { sentenceAnchor, topicPage } from '../../src/site/paths.ts'
import { MENTIONS_PER_PAGE, mentionPages, topicPageSlug } from '../../src/site/topic-pages.ts'
import type { Topic } from '../../src/model.ts'

describe('paging', () => {
  it('cuts a list into pages and keeps one empty page for an empty list', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(paginate([], 2)).toEqual([[]])
  })

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
