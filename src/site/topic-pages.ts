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

/** Topics of each kind the topics index lists; each kind's full list has pages of its own. */
export const INDEX_TOPICS_PER_KIND = 200
/** Topics on one page of a kind's full list. */
export const TOPICS_PER_LIST_PAGE = 300

/** The first page of the full list of one kind of topic: `topics-people.html`. */
export function kindListPage(kind: TopicKind): string {
  return `topics-${KIND_HEADINGS.find((entry) => entry.kind === kind)!.heading.toLowerCase()}.html`
}

/** A topic with how many sources name it, as the topic lists show it. */
export interface TopicListEntry {
  topic: Topic
  sources: number
}

/** The topics of each kind, most mentioned first, kinds without topics left out. */
export function topicsByKind(topics: readonly Topic[]): { kind: TopicKind; heading: string; topics: TopicListEntry[] }[] {
  return KIND_HEADINGS.map(({ kind, heading }) => ({
    kind,
    heading,
    topics: topics
      .filter((topic) => topic.kind === kind)
      .map((topic) => ({ topic, sources: new Set(topic.mentions.map((mention) => mention.source)).size }))
      .sort((a, b) => b.topic.mentions.length - a.topic.mentions.length || (a.topic.name < b.topic.name ? -1 : 1)),
  })).filter((group) => group.topics.length > 0)
}

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
