import { createHash } from 'node:crypto'
import { labelOfSource, sentenceText, type DossierIndex } from './dossier-index.ts'
import { fillFrame, type PageFrame } from './page-frame.ts'
import { linkerFor, sentenceAnchor, sourcePage } from './paths.ts'
import { topicPageHtml, type TopicPageInput, type TopicPageLinks } from './topic-page-html.ts'

/** One topic page to write: its path, title and description, and its content as data; its key once made (`topicPageFileKey`). */
export interface TopicPageJob {
  path: string
  title: string
  description: string
  input: TopicPageInput
  key?: string
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

/** The sources a topic page looks up (labels, sentence texts), once each, in order of first mention. */
export function sourcesOfPage(input: TopicPageInput): string[] {
  const sources = new Set<string>()
  for (const { source } of input.mentions) sources.add(source)
  for (const { source } of input.counts) sources.add(source)
  for (const quote of input.quotes) for (const { source } of quote.occurrences) sources.add(source)
  for (const { source } of input.figures) sources.add(source)
  return [...sources]
}

/**
 * The key of a topic page's file, for the record that lets the next build keep it
 * (src/site/page-record.ts): the site (`siteKeyText`: the code, the runtime, the dossier's
 * settings), everything the job holds, and the digest of each source it looks up (what its labels
 * and sentence texts come from). The file is the frame (recorded apart) filled from exactly these,
 * so an unchanged key means an unchanged file. Made without the dossier, so that the worker writing
 * the page can make it: `digestOf` gives a source's digest (`sourceDigest`).
 */
export function topicPageFileKey(site: string, job: TopicPageJob, digestOf: (source: string) => string): string {
  const { path, title, description, input } = job
  const digests = sourcesOfPage(input).map((source) => `${source} ${digestOf(source)}`)
  return createHash('sha1').update(site).update('\u0000').update(JSON.stringify([path, title, description, input])).update('\u0000').update(digests.join('\n')).digest('base64url').slice(0, 32)
}
