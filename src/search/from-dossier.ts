/** The search input of a build: the dossier's topics and sources, with the paths of their pages. */
import type { Dossier } from '../site/dossier.ts'
import { sourcePage, topicPage } from '../site/paths.ts'
import { sourceLabel } from '../site/source-facts.ts'
import type { SearchInput } from './documents.ts'

/** What the search index is built from in a build. */
export function searchInputOf(dossier: Dossier): SearchInput {
  return {
    topics: dossier.analysis.topics.map((topic) => ({ page: topicPage(topic.slug), name: topic.name, kind: topic.kind, aliases: topic.aliases })),
    sources: dossier.sources.map((source) => ({
      page: sourcePage(source.article.id),
      title: source.article.title,
      outlet: source.article.outlet,
      label: sourceLabel(source),
      sentences: source.sentences,
    })),
  }
}
