import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import type { Span } from '../../src/model.ts'
import { hastToHtml } from '../../src/annotate/hast-to-html.ts'
import { mentionGroups, type MentionLinks } from '../../src/site/mention-groups.ts'

const mentionGroupsHtml = (mentions: Span[], links: MentionLinks) => hastToHtml({ type: 'root', children: mentionGroups(mentions, links) })

const texts: Record<string, string> = {
  'a#s1': 'The envoy met the minister in Geneva.',
  'a#s2': 'Geneva talks <resume> on "Monday" & later.',
  'b#s9': 'Officials in Geneva said nothing.',
}

const links: MentionLinks = {
  labelOf: (source) => (source === 'a' ? 'AFP & Co' : 'Reuters'),
  sourceHref: (source) => `../sources/${source}.html`,
  sentenceText: (span) => texts[`${span.source}#${span.sentence}`] ?? '',
  sentenceHref: (span) => `../sources/${span.source}.html#${span.sentence}`,
}

const span = (source: string, sentence: string, start: number, end: number): Span => ({ source, sentence, start, end }) as Span

describe('mentionGroups', () => {
  it('groups mentions by source, in order, each sentence linked with the mention marked', () => {
    const tree = fromHtml(mentionGroupsHtml([span('a', 's1', 30, 36), span('b', 's9', 13, 19), span('a', 's2', 0, 6)], links), { fragment: true })
    const groups = selectAll('section.mention-group', tree)
    expect(groups.map((group) => group.properties['ariaLabel'])).toEqual(['AFP & Co', 'Reuters'])
    const first = groups[0]!
    expect(toString(select('h3 a', first)!)).toBe('AFP & Co')
    expect(select('h3 a', first)!.properties['href']).toBe('../sources/a.html')
    expect(toString(select('h3 .count', first)!)).toBe('2')
    expect(select('h3 .source-mark', first)!.properties['ariaHidden']).toBe('true')
    const mentions = selectAll('ol.mentions > li > a.in-context', first)
    expect(mentions.map((a) => a.properties['href'])).toEqual(['../sources/a.html#s1', '../sources/a.html#s2'])
    expect(mentions.map((a) => toString(select('mark', a)!))).toEqual(['Geneva', 'Geneva'])
    // The sentence's text stays text, whatever it holds.
    expect(toString(mentions[1]!)).toBe(texts['a#s2'])
    expect(selectAll('section.mention-group', tree)[1]!.children.length).toBe(2)
  })

  it('writes nothing for no mentions', () => {
    expect(mentionGroupsHtml([], links)).toBe('')
  })
})
