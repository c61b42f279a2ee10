import { labelOfSource, sentenceText, type DossierIndex } from './dossier-index.ts'
import { fillFrame, type PageFrame } from './page-frame.ts'
import { linkerFor, sentenceAnchor, sourcePage } from './paths.ts'
import { topicPageHtml, type TopicPageInput, type TopicPageLinks } from './topic-page-html.ts'

/** One topic page to write: its path, title and description, and its content as data. */
export interface TopicPageJob {
  path: string
  title: string
  description: string
  input: TopicPageInput
}

/** What a topic page looks up: a source's label, a sentence's text. */
export interface TopicPageLookups {
  labelOf(source: string): string
  textOf(source: string, sentence: string): string
}

/** The look-ups of a dossier's index. */
export function indexLookups(index: Pick<DossierIndex, 'sourceById' | 'sentenceById'>): TopicPageLookups {
  return { labelOf: (source) => labelOfSource(index, source), textOf: (source, sentence) => sentenceText(index, source, sentence) }
}

/** The links of the topic page at `path`, relative to it. */
export function topicPageLinks(path: string, { labelOf, textOf }: TopicPageLookups): TopicPageLinks {
  const link = linkerFor(path)
  return {
    link,
    labelOf,
    sourceHref: (source) => link(sourcePage(source)),
    sentenceText: (span) => textOf(span.source, span.sentence),
    sentenceHref: (span) => link(sentenceAnchor(span.source, span.sentence)),
  }
}

/** The whole file of a topic page: the frame filled with the page's title, description and content. */
export function topicPageFile(frame: PageFrame, job: TopicPageJob, lookups: TopicPageLookups): string {
  const { top, rest } = topicPageHtml(job.input, topicPageLinks(job.path, lookups))
  return fillFrame(frame, { title: job.title, description: job.description, main: top + rest })
}
