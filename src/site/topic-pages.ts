import type { Span, Topic, TopicKind } from '../model.ts'
import { paginate } from './paging.ts'

/** How topic pages are cut and ordered: pure helpers the topic pages share. */

/** Mentions listed on one topic page; a topic with more gets further pages (`slug--2`, `slug--3`, …). */
export const MENTIONS_PER_PAGE = 200

/** The kinds in the order the topics index shows them, with their headings. */
export const KIND_HEADINGS: readonly { kind: TopicKind; heading: string }[] = [
  { kind: 'person', heading: 'People' },
  { kind: 'place', heading: 'Places' },
  { kind: 'organization', heading: 'Organisations' },
  { kind: 'theme', heading: 'Themes' },
  { kind: 'other', heading: 'Other' },
]

/** The slug of page `n` (1-based) of a topic. */
export function topicPageSlug(slug: string, n: number): string {
  return n === 1 ? slug : `${slug}--${n}`
}

/** The topic's mentions cut into pages. */
export function mentionPages(topic: Topic): Span[][] {
  return paginate(topic.mentions, MENTIONS_PER_PAGE)
}

/** Groups spans by source, keeping the order of first appearance. */
export function bySource<T extends { source: string }>(spans: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const span of spans) {
    const list = groups.get(span.source)
    if (list) list.push(span)
    else groups.set(span.source, [span])
  }
  return [...groups]
}

/** How many mentions each source has, most first. */
export function mentionCounts(topic: Topic): { source: string; count: number }[] {
  return bySource(topic.mentions)
    .map(([source, spans]) => ({ source, count: spans.length }))
    .sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : 1))
}
