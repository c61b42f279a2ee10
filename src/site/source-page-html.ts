import { element } from '../annotate/hast-element.ts'
import { hastToHtml } from '../annotate/hast-to-html.ts'
import type { RenderedSource } from '../annotate/render-source.ts'
import type { Source, TopicKind } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { topicsNamedIn } from './page-keys.ts'
import { linkerFor, sourcePage, topicPage } from './paths.ts'
import { sourceMark } from './shared-markup.ts'
import { displayDate, safeExternalUrl, sourceHue, sourceLabel, wordCount } from './source-facts.ts'

/**
 * A source's page as plain data: what the page prints around the source's annotated text (the
 * outlet, the facts about the article, the topics it names, its neighbours). The route and the
 * writer of the pages at the build's end (src/site/source-page-writer.ts) both make the page's
 * markup from it, so that a page is the same whichever wrote it.
 */
export interface SourcePageInput {
  id: string
  title: string
  titleDerived: boolean
  label: string
  byline: string | null
  dateline: string | null
  published: string | null
  publishedText: string | null
  words: number
  crossrefs: number
  unique: number
  file: string
  url: string | null
  boilerplate: string[]
  topics: { slug: string; name: string; kind: TopicKind }[]
  previous: { id: string; title: string } | null
  next: { id: string; title: string } | null
}

/** The input of a source's page, from the dossier's objects. */
export function sourcePageInput(source: Source, dossier: Dossier, previous: Source | null, next: Source | null): SourcePageInput {
  const { article } = source
  const neighbour = (other: Source | null) => other && { id: other.article.id, title: other.article.title }
  return {
    id: article.id,
    title: article.title,
    titleDerived: article.titleDerived === true,
    label: sourceLabel(source),
    byline: article.byline,
    dateline: article.dateline,
    published: article.published,
    publishedText: article.publishedText,
    words: wordCount(source),
    crossrefs: dossier.index.crossrefsBySource.get(article.id)?.length ?? 0,
    unique: dossier.analysis.unique[article.id]?.length ?? 0,
    file: article.file,
    url: safeExternalUrl(article.url),
    boilerplate: article.boilerplate,
    topics: topicsNamedIn(source, dossier.index).map(({ slug, name, kind }) => ({ slug, name, kind })),
    previous: neighbour(previous),
    next: neighbour(next),
  }
}

/**
 * The content of a source's page, in its main element: the article (kicker, title, facts, the
 * annotated text, the page furniture saved with it), the topics it names, the links to the sources
 * before and after it, and the script that places the notes beside the text.
 */
export function sourcePageHtml(input: SourcePageInput, rendered: RenderedSource): string {
  const link = linkerFor(sourcePage(input.id))
  const date = displayDate(input.published)
  const when = input.publishedText ?? date
  const facts = element('ul', { className: ['meta'], ariaLabel: 'About this article' }, [
    input.byline && element('li', null, input.byline),
    input.dateline && element('li', null, input.dateline),
    when && element('li', null, [element('time', input.published ? { dateTime: input.published } : null, when)]),
    element('li', null, `${input.words.toLocaleString('en')} words`),
    element('li', null, `${input.crossrefs} ${input.crossrefs === 1 ? 'passage' : 'passages'} shared with other sources`),
    element('li', null, `${input.unique} only here`),
    element('li', null, ['File ', element('code', null, input.file)]),
    input.url && element('li', null, [element('a', { href: input.url, rel: ['noopener', 'noreferrer', 'external'] }, 'Original article')]),
  ])
  const head = element('header', { className: ['article-head'] }, [element('p', { className: ['kicker'] }, [sourceMark(input.label), input.label])])
  const afterTitle = [
    input.titleDerived && element('p', { className: ['derived-title'] }, "The file gives no title: this one is the article's first sentence."),
    facts,
  ]
  const furniture = input.boilerplate.length > 0 && element('aside', { className: ['boilerplate'], ariaLabel: 'Page furniture saved with the article' }, [
    element('p', { className: ['kicker'] }, 'Saved with the article, not part of it'),
    ...input.boilerplate.map((line) => element('p', null, line)),
  ])
  const topics = input.topics.length > 0 && element('aside', { className: ['source-topics'], ariaLabelledBy: ['source-topics-heading'] }, [
    element('h2', { id: 'source-topics-heading' }, 'Named in this source'),
    element('ul', null, input.topics.map((topic) => element('li', null, [element('a', { href: link(topicPage(topic.slug)) }, topic.name), ' ', element('span', { className: ['kind'] }, topic.kind)]))),
  ])
  const pager = element('nav', { className: ['pager'], ariaLabel: 'Other sources' }, [
    input.previous && element('a', { className: ['previous'], href: link(sourcePage(input.previous.id)) }, [element('span', null, 'Previous source'), input.previous.title]),
    input.next && element('a', { className: ['next'], href: link(sourcePage(input.next.id)) }, [element('span', null, 'Next source'), input.next.title]),
  ])
  // The rendered title and text are HTML already: they go in between the serialized parts.
  const headHtml = hastToHtml(head)
  return [
    `<div class="source-layout"><article class="source" style="--hue: ${sourceHue(input.label)}">`,
    headHtml.slice(0, -'</header>'.length),
    rendered.titleHtml,
    afterTitle.map((node) => (node ? hastToHtml(node) : '')).join(''),
    '</header><div class="article-text">',
    rendered.bodyHtml,
    '</div>',
    furniture ? hastToHtml(furniture) : '',
    '</article>',
    topics ? hastToHtml(topics) : '',
    '</div>',
    hastToHtml(pager),
    `<script defer src="${link('scripts/sidenotes.js')}"></script>`,
  ].join('')
}
