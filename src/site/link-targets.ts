import { linkerFor, sentenceAnchor, topicPage } from './paths.ts'

/** Where links to sentences and topics go: to other pages of the site, or to anchors of one printed document. */
export interface LinkTargets {
  sentence: (source: string, sentence: string) => string
  topic: (slug: string) => string
}

/** Links from the page at `from` to the sentence anchors and topic pages of the site. */
export function pageTargets(from: string): LinkTargets {
  const link = linkerFor(from)
  return {
    sentence: (source, sentence) => link(sentenceAnchor(source, sentence)),
    topic: (slug) => link(topicPage(slug)),
  }
}

/** The id prefix of a source's sentences in the printed dossier. */
export function printPrefix(source: string): string {
  return `${source}--`
}
