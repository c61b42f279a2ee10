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
  /** Sentence by source id and sentence id. */
  sentenceById: BySentence<Sentence>
  topicBySlug: Map<string, Topic>
  /** Cross-references by source id (each once per source it has members in). */
  crossrefsBySource: Map<string, CrossRef[]>
  /** Mentions by source id and sentence id, with the topic they belong to (read them with `mentionsIn`). */
  mentionsBySentence: BySentence<MentionList>
  /** Quotes by speaker slug. */
  quotesBySpeaker: Map<string, Quote[]>
  /** Figures by source id and sentence id. */
  figuresBySentence: BySentence<Figure[]>
  /** Topics most often named in the same sentences, by slug, best first. */
  relatedTopics: Map<string, { topic: Topic; shared: number }[]>
}

/** The key of a sentence across the corpus. */
export function sentenceKey(source: string, sentence: string): string {
  return `${source}#${sentence}`
}

/**
 * Values filed by sentence: by source id, then by sentence id. Not by `sentenceKey`: a joined key
 * is a string of its own per sentence (with the concatenation it was made from, about 80 bytes by
 * V8's object sizes): at 10,000 articles, 445,000 sentences in each of two look-ups and 72,000
 * figures, an estimated 76 MB held for the whole build, and one made at every look-up.
 */
export class BySentence<V> {
  readonly #bySource = new Map<string, Map<string, V>>()

  get(source: string, sentence: string): V | undefined {
    return this.#bySource.get(source)?.get(sentence)
  }

  set(source: string, sentence: string, value: V): void {
    let sentences = this.#bySource.get(source)
    if (!sentences) this.#bySource.set(source, (sentences = new Map()))
    sentences.set(sentence, value)
  }

  *values(): Generator<V> {
    for (const sentences of this.#bySource.values()) yield* sentences.values()
  }
}

/**
 * The mentions of one sentence, each as its topic then its span, in one flat list: a `{ topic, span }`
 * object each was 643,000 objects at 10,000 articles, all alive for the whole build.
 */
export type MentionList = (Topic | Span)[]

/** The mentions of a sentence of a source, with the topic each belongs to. */
export function mentionsIn(index: Pick<DossierIndex, 'mentionsBySentence'>, source: string, sentence: string): { topic: Topic; span: Span }[] {
  const list = index.mentionsBySentence.get(source, sentence)
  if (!list) return []
  const mentions: { topic: Topic; span: Span }[] = []
  for (let k = 0; k < list.length; k += 2) mentions.push({ topic: list[k] as Topic, span: list[k + 1] as Span })
  return mentions
}

/** Pushes onto the list under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Pushes values onto the list under a sentence. */
function pushAt<V>(map: BySentence<V[]>, source: string, sentence: string, ...values: V[]): void {
  const list = map.get(source, sentence)
  if (list) list.push(...values)
  else map.set(source, sentence, values)
}

/** Builds every look-up in one pass over each collection. */
export function indexDossier(dossier: IndexInput): DossierIndex {
  const { analysis } = dossier
  const sourceById = new Map(dossier.sources.map((source) => [source.article.id, source]))
  const sentenceById = new BySentence<Sentence>()
  for (const source of dossier.sources) {
    for (const sentence of source.sentences) sentenceById.set(source.article.id, sentence.id, sentence)
  }
  const topicBySlug = new Map(analysis.topics.map((topic) => [topic.slug, topic]))
  const crossrefsBySource = new Map<string, CrossRef[]>()
  for (const crossref of analysis.crossrefs) {
    for (const source of new Set(crossref.members.map((member) => member.source))) push(crossrefsBySource, source, crossref)
  }
  const mentionsBySentence = new BySentence<MentionList>()
  for (const topic of analysis.topics) {
    for (const span of topic.mentions) pushAt<Topic | Span>(mentionsBySentence, span.source, span.sentence, topic, span)
  }
  const quotesBySpeaker = new Map<string, Quote[]>()
  for (const quote of analysis.quotes) if (quote.speaker) push(quotesBySpeaker, quote.speaker, quote)
  const figuresBySentence = new BySentence<Figure[]>()
  for (const figure of analysis.figures) pushAt(figuresBySentence, figure.source, figure.sentence, figure)
  return {
    sourceById,
    sentenceById,
    topicBySlug,
    crossrefsBySource,
    mentionsBySentence,
    quotesBySpeaker,
    figuresBySentence,
    relatedTopics: relatedTopicsOf(mentionsBySentence),
  }
}

/** For each topic, the others named in the same sentences, by how many sentences they share. */
function relatedTopicsOf(mentionsBySentence: BySentence<MentionList>): Map<string, { topic: Topic; shared: number }[]> {
  const counts = new Map<string, Map<string, { topic: Topic; shared: number }>>()
  for (const mentions of mentionsBySentence.values()) {
    const bySlug = new Map<string, Topic>()
    for (let k = 0; k < mentions.length; k += 2) bySlug.set((mentions[k] as Topic).slug, mentions[k] as Topic)
    const topics = [...bySlug.values()]
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
export function sentenceText(index: Pick<DossierIndex, 'sentenceById'>, source: string, sentence: string): string {
  return index.sentenceById.get(source, sentence)?.text ?? ''
}
