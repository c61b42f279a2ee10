/**
 * What the search finds: topics, sources and sentences, as documents numbered in one sequence
 * (topics first, then sources, then sentences in reading order), each with the text it is found by
 * (`wordsOf`). The words themselves are not kept on the documents: at 10,000 articles they held
 * 250 MB while the index was built.
 */
import type { TopicKind } from '../model.ts'
import { indexTerms } from './tokenize.ts'

/** A topic as the search needs it: where its page is and the names it goes by. */
export interface SearchTopicInput {
  page: string
  name: string
  kind: TopicKind
  aliases: readonly string[]
}

/** A sentence as the search needs it. */
export interface SearchSentenceInput {
  id: string
  role: string
  text: string
}

/** A source as the search needs it: its page, title, label (outlet or file) and sentences. */
export interface SearchSourceInput {
  page: string
  title: string
  outlet: string | null
  /** The name the source goes by in lists: its outlet, or its file name. */
  label: string
  sentences: readonly SearchSentenceInput[]
}

/** Everything the search index is built from: plain data, so tests can hand-make it. */
export interface SearchInput {
  topics: readonly SearchTopicInput[]
  sources: readonly SearchSourceInput[]
}

/** A topic result: its page, name, kind and other names. */
export interface TopicDoc {
  kind: 'topic'
  page: string
  name: string
  topicKind: TopicKind
  aliases: string[]
  /** The text its words are taken from. */
  findBy: string
}

/** A source result: its page, title and label. */
export interface SourceDoc {
  kind: 'source'
  page: string
  title: string
  label: string
  findBy: string
}

/** A sentence result: the sentence's anchor on its source's page, its text and its source. */
export interface SentenceDoc {
  kind: 'sentence'
  /** Index of its source in `SearchInput.sources`. */
  source: number
  id: string
  /** Also the text it is found by. */
  text: string
}

export type SearchDoc = TopicDoc | SourceDoc | SentenceDoc

/**
 * Every document of the input, in index order, made as it is asked for: the index goes through them
 * twice (for the words, then for the records), and held as one list they were 34 MB at 10,000
 * articles for the whole of it.
 */
export function* eachSearchDoc(input: SearchInput): Generator<SearchDoc> {
  for (const topic of input.topics) yield topicDoc(topic)
  for (const source of input.sources) yield sourceDoc(source)
  for (let index = 0; index < input.sources.length; index++) {
    for (const sentence of input.sources[index]!.sentences) if (isSearchedSentence(sentence)) yield sentenceDoc(sentence, index)
  }
}

/** How many documents the input makes, and how many of them are sentences. */
export function countSearchDocs(input: SearchInput): { docs: number; sentences: number } {
  let sentences = 0
  for (const source of input.sources) for (const sentence of source.sentences) if (isSearchedSentence(sentence)) sentences++
  return { docs: input.topics.length + input.sources.length + sentences, sentences }
}

/** A topic is found by its name, its other names and its kind ("person"). */
function topicDoc(topic: SearchTopicInput): TopicDoc {
  const aliases = topic.aliases.filter((alias) => alias !== topic.name)
  return { kind: 'topic', page: topic.page, name: topic.name, topicKind: topic.kind, aliases, findBy: [topic.name, ...aliases, topic.kind].join(' ') }
}

/** A source is found by its title and its outlet. */
function sourceDoc(source: SearchSourceInput): SourceDoc {
  return { kind: 'source', page: source.page, title: source.title, label: source.label, findBy: `${source.title} ${source.outlet ?? ''}` }
}

/** A sentence is found by its words. */
function sentenceDoc(sentence: SearchSentenceInput, source: number): SentenceDoc {
  return { kind: 'sentence', source, id: sentence.id, text: sentence.text }
}

/** The words a document is found by. */
export function wordsOf(doc: SearchDoc): string[] {
  return indexTerms(doc.kind === 'sentence' ? doc.text : doc.findBy)
}

/** Titles are found as their source; every other sentence on its own. */
function isSearchedSentence(sentence: SearchSentenceInput): boolean {
  return sentence.role !== 'title'
}
