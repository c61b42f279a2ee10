import type { Element } from 'hast'
import { element } from '../annotate/hast-element.ts'
import { hastToHtml } from '../annotate/hast-to-html.ts'
import type { Span, Topic, TopicKind } from '../model.ts'
import { mentionGroups, type MentionLinks, type SpanRef } from './mention-groups.ts'
import type { TopicView } from './page-keys.ts'
import { PAGES, sourcePage, topicPage } from './paths.ts'
import { pager, sourceMark } from './shared-markup.ts'
import { KIND_HEADINGS } from './topic-pages.ts'

/**
 * One page of a topic as plain data: the topic, the mentions this page lists, where it is among the
 * topic's pages, and the rest it shows (`topicPageInput` makes it from the dossier's objects). Plain,
 * so that it crosses to a worker thread as it is (src/site/topic-page-worker.ts).
 */
export interface TopicPageInput {
  topic: { slug: string; name: string; kind: TopicKind; aliases: string[]; summary: string | null; mentionCount: number }
  mentions: SpanRef[]
  pageNumber: number
  pageCount: number
  counts: { source: string; count: number }[]
  quotes: { text: string; occurrences: SpanRef[] }[]
  figures: (SpanRef & { text: string })[]
  related: { slug: string; name: string; shared: number }[]
}

/** The input of one page of a topic, from the dossier's objects. */
export function topicPageInput(topic: Topic, mentions: readonly Span[], pageNumber: number, pageCount: number, view: TopicView): TopicPageInput {
  const ref = ({ source, sentence, start, end }: SpanRef): SpanRef => ({ source, sentence, start, end })
  return {
    topic: { slug: topic.slug, name: topic.name, kind: topic.kind, aliases: topic.aliases, summary: topic.summary, mentionCount: topic.mentions.length },
    mentions: mentions.map(ref),
    pageNumber,
    pageCount,
    counts: view.counts,
    quotes: view.quotes.map((quote) => ({ text: quote.text, occurrences: quote.occurrences.map(ref) })),
    figures: view.figures.map((figure) => ({ ...ref(figure), text: figure.text })),
    related: view.related.map(({ topic: other, shared }) => ({ slug: other.slug, name: other.name, shared })),
  }
}

/** What a topic page links: site-root paths made relative to the page, plus what its mention list needs. */
export interface TopicPageLinks extends MentionLinks {
  link(to: string): string
}

/**
 * A topic page's content, in the page's main element, as two HTML strings: what comes before the
 * analyst's notes (kicker, name, summary, aliases, counts) and what comes after (mentions, sources,
 * related topics, quotes, figures). Astro renders a curated topic's notes between them; the other
 * topic pages are written with no component at all (src/site/topic-page-writer.ts): at 10,000
 * articles there are some 26,000 of them, and Astro's own work for a page cost more than its markup.
 */
export function topicPageHtml(input: TopicPageInput, links: TopicPageLinks): { top: string; rest: string } {
  return {
    top: hastToHtml({ type: 'root', children: topOf(input, links) }),
    rest: hastToHtml({ type: 'root', children: restOf(input, links) }),
  }
}

function topOf({ topic, quotes, counts }: TopicPageInput, { link }: TopicPageLinks): Element[] {
  const kindHeading = KIND_HEADINGS.find((entry) => entry.kind === topic.kind)?.heading ?? 'Topic'
  const aliases = topic.aliases.filter((alias) => alias !== topic.name)
  const stat = (count: number, one: string, many: string) => element('li', null, [element('strong', null, String(count)), element('span', null, count === 1 ? one : many)])
  return [
    element('p', { className: ['kicker'] }, [element('a', { href: link(PAGES.topics) }, 'Topics'), ` · ${kindHeading}`]),
    element('h1', null, topic.name),
    topic.summary ? element('p', { className: ['lede'] }, topic.summary) : null,
    aliases.length > 0 ? element('p', { className: ['aliases'] }, ['Also written: ', ...aliases.flatMap((alias, i) => (i > 0 ? [', ', element('q', null, alias)] : [element('q', null, alias)]))]) : null,
    element('ul', { className: ['stats'], ariaLabel: 'Mentions' }, [
      stat(topic.mentionCount, 'mention', 'mentions'),
      stat(counts.length, 'source', 'sources'),
      quotes.length > 0 && stat(quotes.length, 'quote', 'quotes'),
    ]),
  ].filter((node): node is Element => node !== null)
}

function restOf({ topic, mentions, pageNumber, pageCount, counts, related, quotes, figures }: TopicPageInput, links: TopicPageLinks): Element[] {
  const { link, labelOf } = links
  const count = (attributes: Record<string, string>, value: number) => element('span', { className: ['count'], ...attributes }, String(value))
  const columns = element('div', { className: ['topic-columns'] }, [
    element('section', { ariaLabelledby: 'mentions-heading', className: ['topic-mentions'] }, [
      element('h2', { id: 'mentions-heading' }, pageCount > 1 ? `Mentions (page ${pageNumber} of ${pageCount})` : 'Mentions'),
      mentions.length === 0 && element('p', null, 'No sentence names this topic.'),
      ...mentionGroups(mentions, links),
      pager({ first: topicPage(topic.slug), current: pageNumber, count: pageCount, link, label: 'Pages of mentions' }),
    ]),
    element('aside', { className: ['topic-side'], ariaLabel: 'About this topic' }, [
      element('section', { ariaLabelledby: 'in-sources-heading' }, [
        element('h2', { id: 'in-sources-heading' }, 'In the sources'),
        element('ul', { className: ['count-list'] }, counts.map(({ source, count: n }) => element('li', null, [sourceMark(labelOf(source)), element('a', { href: link(sourcePage(source)) }, labelOf(source)), ' ', count({}, n)]))),
      ]),
      related.length > 0 &&
        element('section', { ariaLabelledby: 'related-heading' }, [
          element('h2', { id: 'related-heading' }, 'Named with it'),
          element('ul', { className: ['count-list'] }, related.map(({ slug, name, shared }) => element('li', null, [element('a', { href: link(topicPage(slug)) }, name), ' ', count({ title: 'sentences naming both' }, shared)]))),
        ]),
    ]),
  ])
  const said =
    quotes.length > 0 &&
    element('section', { ariaLabelledby: 'quotes-heading' }, [
      element('h2', { id: 'quotes-heading' }, `What ${topic.name} said`),
      ...quotes.map((quote) =>
        element('figure', { className: ['quote'] }, [
          element('blockquote', null, [element('p', null, quote.text)]),
          element('figcaption', null, [
            'Carried by ',
            ...quote.occurrences.flatMap((occurrence, i) => {
              const anchor = element('a', { href: links.sentenceHref(occurrence) }, labelOf(occurrence.source))
              return i > 0 ? [', ', anchor] : [anchor]
            }),
          ]),
        ]),
      ),
    ])
  const numbers =
    figures.length > 0 &&
    element('section', { ariaLabelledby: 'figures-heading' }, [
      element('h2', { id: 'figures-heading' }, 'Figures in the same sentences'),
      element('ul', { className: ['figure-list'] }, figures.map((figure) => element('li', null, [element('strong', null, figure.text), ' — ', element('a', { href: links.sentenceHref(figure) }, labelOf(figure.source))]))),
    ])
  return [columns, said, numbers].filter((node): node is Element => node !== false)
}
