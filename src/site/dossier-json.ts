import type { CrossRef, Figure, Quote, Span, Topic } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { PAGES, sourcePage, topicPage } from './paths.ts'

/** The `dist/dossier.json` contract (DESIGN.md): field names never change; fields may be added. */
export interface DossierJson {
  version: 1
  title: string
  pages: typeof PAGES
  sources: {
    id: string
    title: string
    outlet: string | null
    published: string | null
    url: string | null
    page: string
    file: string
    format: string
    sentences: { id: string; role: string; text: string }[]
  }[]
  topics: (Pick<Topic, 'slug' | 'name' | 'kind' | 'aliases' | 'summary' | 'curated'> & { page: string; mentions: Span[] })[]
  crossrefs: CrossRef[]
  quotes: (Omit<Quote, 'occurrences'> & { occurrences: { source: string; sentence: string; text: string }[] })[]
  figures: Figure[]
  unique: Record<string, string[]>
  skipped: { file: string; reason: string }[]
}

/** The whole analysis as the contract's plain data. */
export function toDossierJson(dossier: Dossier): DossierJson {
  const { analysis } = dossier
  return {
    version: 1,
    title: dossier.title,
    pages: PAGES,
    sources: dossier.sources.map(({ article, sentences }) => ({
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      page: sourcePage(article.id),
      file: article.file,
      format: article.format,
      sentences: sentences.map(({ id, role, text }) => ({ id, role, text })),
    })),
    topics: analysis.topics.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      kind: topic.kind,
      aliases: topic.aliases,
      summary: topic.summary,
      curated: topic.curated,
      page: topicPage(topic.slug),
      mentions: topic.mentions.map(({ source, sentence, text, start, end }) => ({ source, sentence, text, start, end })),
    })),
    crossrefs: analysis.crossrefs,
    quotes: analysis.quotes.map((quote) => ({
      ...quote,
      occurrences: quote.occurrences.map(({ source, sentence, text }) => ({ source, sentence, text })),
    })),
    figures: analysis.figures,
    unique: analysis.unique,
    skipped: dossier.skipped,
  }
}
