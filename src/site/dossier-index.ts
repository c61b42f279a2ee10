import type { CrossRef, Figure, Quote, Sentence, Source, Span, Topic } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { sourceLabel } from './source-facts.ts'

/** What the index is built from: the dossier before its index and annotations. */
type IndexInput = Pick<Dossier, 'sources' | 'analysis'>

/**
 * Look-ups over the whole dossier, built once per build and shared by every page, so that no page
 * walks the whole corpus (which would make the build quadratic in the number of sources).
 */
export interface DossierIndex {
  sourceById: Map<string, Source>
  /** Sentence by `sentenceKey(source, id)`. */
  sentenceByKey: Map<string, Sentence>
  topicBySlug: Map<string, Topic>
  /** Cross-references by source id (each once per source it has members in). */
  crossrefsBySource: Map<string, CrossRef[]>
  /** Mentions by `sentenceKey`, with the topic they belong to. */
  mentionsBySentence: Map<string, { topic: Topic; span: Span }[]>
  /** Quotes by speaker slug. */
  quotesBySpeaker: Map<string, Quote[]>
  /** Figures by `sentenceKey`. */
  figuresBySentence: Map<string, Figure[]>
  /** Topics most often named in the same sentences, by slug, best first. */
  relatedTopics: Map<string, { topic: Topic; shared: number }[]>
}

/** The key of a sentence across the corpus. */
export function sentenceKey(source: string, sentence: string): string {
  return `${source}#${sentence}`
}

/** Pushes onto the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Builds every look-up in one pass over each collection. */
export function indexDossier(dossier: IndexInput): DossierIndex {
  const { analysis } = dossier
  const sourceById = new Map(dossier.sources.map((source) => [source.article.id, source]))
  const sentenceByKey = new Map<string, Sentence>()
  for (const source of dossier.sources) {
    for (const sentence of source.sentences) sentenceByKey.set(sentenceKey(source.article.id, sentence.id), sentence)
  }
  const topicBySlug = new Map(analysis.topics.map((topic) => [topic.slug, topic]))
  const crossrefsBySource = new Map<string, CrossRef[]>()
  for (const crossref of analysis.crossrefs) {
    for (const source of new Set(crossref.members.map((member) => member.source))) push(crossrefsBySource, source, crossref)
  }
  const mentionsBySentence = new Map<string, { topic: Topic; span: Span }[]>()
  for (const topic of analysis.topics) {
    for (const span of topic.mentions) push(mentionsBySentence, sentenceKey(span.source, span.sentence), { topic, span })
  }
  const quotesBySpeaker = new Map<string, Quote[]>()
  for (const quote of analysis.quotes) if (quote.speaker) push(quotesBySpeaker, quote.speaker, quote)
  const figuresBySentence = new Map<string, Figure[]>()
  for (const figure of analysis.figures) push(figuresBySentence, sentenceKey(figure.source, figure.sentence), figure)
  return {
    sourceById,
    sentenceByKey,
    topicBySlug,
    crossrefsBySource,
    mentionsBySentence,
    quotesBySpeaker,
    figuresBySentence,
    relatedTopics: relatedTopicsOf(mentionsBySentence),
  }
}

/** For each topic, the others named in the same sentences, by how many sentences they share. */
function relatedTopicsOf(mentionsBySentence: Map<string, { topic: Topic }[]>): Map<string, { topic: Topic; shared: number }[]> {
  const counts = new Map<string, Map<string, { topic: Topic; shared: number }>>()
  for (const mentions of mentionsBySentence.values()) {
    const topics = [...new Map(mentions.map(({ topic }) => [topic.slug, topic])).values()]
    for (const a of topics) {
      for (const b of topics) {
        if (a === b) continue
        let row = counts.get(a.slug)
        if (!row) counts.set(a.slug, (row = new Map()))
        const entry = row.get(b.slug) ?? { topic: b, shared: 0 }
        entry.shared++
        row.set(b.slug, entry)
      }
    }
  }
  const related = new Map<string, { topic: Topic; shared: number }[]>()
  for (const [slug, row] of counts) {
    related.set(slug, [...row.values()].sort((x, y) => y.shared - x.shared || (x.topic.name < y.topic.name ? -1 : 1)))
  }
  return related
}

/** The label of a source by id (its outlet, or its file name), or the id when there is no such source. */
export function labelOfSource(index: Pick<DossierIndex, 'sourceById'>, id: string): string {
  const source = index.sourceById.get(id)
  return source ? sourceLabel(source) : id
}

/** The text of a sentence of a source, or '' when there is none. */
export function sentenceText(index: Pick<DossierIndex, 'sentenceByKey'>, source: string, sentence: string): string {
  return index.sentenceByKey.get(sentenceKey(source, sentence))?.text ?? ''
}
