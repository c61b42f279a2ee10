import { describe, expect, it } from 'vitest'
import { anchorTextQuote, closestSubstring } from '../../src/annotate/anchor-text-quote.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import type { Article } from '../../src/model.ts'

/** A source of one title and the given paragraphs. */
function source(...paragraphs: string[]) {
  const article: Article = {
    id: 'a', file: 'a.txt', format: 'txt', title: 'Title', titleDerived: false, standfirst: null, outlet: null, byline: null,
    dateline: null, published: null, publishedText: null, url: null, captions: [], paragraphs, boilerplate: [], warnings: [],
  }
  return splitSource(article)
}

const doc = source('Russia said its jets bombed 24 targets. “The co-ordinates were given to us,” he said.', 'The talks resume on Monday. The talks resume on Friday.')

describe('anchorTextQuote', () => {
  it('anchors exact words inside one sentence', () => {
    const result = anchorTextQuote(doc, { exact: 'bombed 24 targets' })
    expect(result).toEqual({ found: true, how: 'exact', segments: [{ sentence: doc.sentences[1]!.id, start: 21, end: 38 }] })
  })

  it('anchors a passage spanning two sentences as two segments', () => {
    const result = anchorTextQuote(doc, { exact: '24 targets. “The co-ordinates' })
    expect(result.found && result.segments.map((segment) => segment.sentence)).toEqual([doc.sentences[1]!.id, doc.sentences[2]!.id])
  })

  it('tells repeats apart by prefix and suffix', () => {
    const result = anchorTextQuote(doc, { exact: 'The talks resume on', suffix: ' Friday' })
    expect(result.found && result.segments[0]!.sentence).toBe(doc.sentences[4]!.id)
  })

  it('anchors up to case, quotes, dashes and spacing', () => {
    const result = anchorTextQuote(doc, { exact: '"the co–ordinates   were given' })
    expect(result.found && result.how).toBe('normalized')
  })

  it('anchors a passage with a small edit fuzzily', () => {
    const result = anchorTextQuote(doc, { exact: 'Russia said its jet bombed 24 targets' })
    expect(result.found && result.how).toBe('fuzzy')
    expect(result.found && result.segments[0]).toEqual({ sentence: doc.sentences[1]!.id, start: 0, end: 38 })
  })

  it('gives up on a passage that is not there, naming the closest one', () => {
    const result = anchorTextQuote(doc, { exact: 'Ukraine shot down several drones' })
    expect(result.found).toBe(false)
    expect(!result.found && result.edits).toBeGreaterThan(3)
  })
})

describe('closestSubstring', () => {
  it('finds the substring with fewest edits', () => {
    expect(closestSubstring('the quick brown fox', 'quack')).toEqual({ start: 4, end: 9, edits: 1 })
  })
})
