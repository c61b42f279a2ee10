import { describe, expect, it } from 'vitest'
import { MentionColumns } from '../../src/analyze/mention-columns.ts'
import type { Sentence } from '../../src/model.ts'

const sentences: Sentence[] = [
  { id: 'a1', source: 'a', role: 'body', text: 'Anna Berg met Omar Haddad in Vienna.', gap: '', block: 0, index: 0 },
  { id: 'a2', source: 'a', role: 'body', text: 'Nothing here.', gap: ' ', block: 0, index: 1 },
  { id: 'b1', source: 'b', role: 'body', text: 'Berg left Vienna.', gap: '', block: 0, index: 0 },
]

/** The columns of the three sentences' mentions. */
function columns(): MentionColumns {
  const mentions = new MentionColumns()
  mentions.add('anna-berg', 0, 9)
  mentions.add('omar-haddad', 14, 25)
  mentions.add('vienna', 29, 35)
  mentions.endSentence()
  mentions.endSentence()
  mentions.add('anna-berg', 0, 4)
  mentions.add('vienna', 10, 16)
  mentions.endSentence()
  return mentions
}

describe('MentionColumns', () => {
  it('gives a sentence its mentions as matchMentions does', () => {
    const mentions = columns()
    expect(mentions.sentences).toBe(3)
    expect(mentions.size).toBe(5)
    expect(mentions.of(0, sentences[0]!)).toEqual([
      { slug: 'anna-berg', source: 'a', sentence: 'a1', text: 'Anna Berg', start: 0, end: 9 },
      { slug: 'omar-haddad', source: 'a', sentence: 'a1', text: 'Omar Haddad', start: 14, end: 25 },
      { slug: 'vienna', source: 'a', sentence: 'a1', text: 'Vienna', start: 29, end: 35 },
    ])
    expect(mentions.of(1, sentences[1]!)).toEqual([])
    expect(mentions.of(2, sentences[2]!).map((mention) => mention.text)).toEqual(['Berg', 'Vienna'])
  })
  it('counts mentions per slug and lists each slug\'s spans in corpus order, keys in span order', () => {
    const mentions = columns()
    expect([...mentions.counts()]).toEqual([['anna-berg', 2], ['omar-haddad', 1], ['vienna', 2]])
    const spans = mentions.spans(sentences)
    expect(spans.get('vienna')).toEqual([
      { source: 'a', sentence: 'a1', text: 'Vienna', start: 29, end: 35 },
      { source: 'b', sentence: 'b1', text: 'Vienna', start: 10, end: 16 },
    ])
    expect(Object.keys(spans.get('anna-berg')![1]!)).toEqual(['source', 'sentence', 'text', 'start', 'end'])
    expect(spans.has('nobody')).toBe(false)
  })
})
