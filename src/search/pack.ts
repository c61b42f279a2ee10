/**
 * Packing the index into files of bounded size. Words are cut, in sorted order, into term shards
 * of about `termBudget` bytes; a word whose list of documents alone would exceed a quarter of that
 * gets its list cut into part files by document range. Documents are cut, in order, into chunks
 * of about `docBudget` bytes. A file outgrows its budget only by one item (a single very long
 * sentence or a single word entry).
 */
import type { SearchDoc, SearchInput } from './documents.ts'
import { deltaEncode } from './postings.ts'

/** A word's documents in a term shard: delta-encoded numbers, or a count and the part files holding them. */
export type PostingsEntry = number[] | { n: number; p: PartRef[] }

/** A part file holding some of a word's documents: [part number, first document, last document]. */
export type PartRef = [part: number, first: number, last: number]

/** One result as the client shows it. Sentences name their source by its slot in the chunk's `s` table. */
export type DocRecord =
  | [kind: 't', page: string, name: string, topicKind: string, aliases: string[]]
  | [kind: 's', page: string, title: string, label: string]
  | [kind: 'p', sourceSlot: number, sentenceId: string, text: string]

/** A chunk of documents: the sources its sentences belong to ([page, label, title]) and the records. */
export interface DocChunk {
  s: [page: string, label: string, title: string][]
  d: DocRecord[]
}

/** A file of the term index as it is made: a term shard, or a part file of one long list. */
export type TermFile = { kind: 'shard'; shard: Record<string, PostingsEntry> } | { kind: 'part'; part: number[] }

/**
 * Cuts sorted word postings into term shards and part files, handing each over as soon as it is
 * complete (shards and parts each numbered in the order they come), and pushing the first word of
 * each shard onto `firsts`. Each word's list is let go once it is packed, so the index shrinks as
 * its files are written rather than being held twice (at 10,000 articles the lists took 68 MB and
 * the packed shards 46 MB more, all alive until the last file).
 */
export function* packTerms(postings: [string, number[] | null][], termBudget: number, firsts: string[]): Generator<TermFile> {
  let shard: Record<string, PostingsEntry> | undefined
  let size = 0
  let parts = 0
  for (let k = 0; k < postings.length; k++) {
    const [term, docs] = postings[k]!
    postings[k]![1] = null
    const inline = deltaEncode(docs!)
    let entry: PostingsEntry = inline
    if (jsonSize(inline) > termBudget / 4) {
      const cut = splitParts(docs!, termBudget, parts)
      parts += cut.parts.length
      for (const part of cut.parts) yield { kind: 'part', part }
      entry = { n: docs!.length, p: cut.refs }
    }
    const entrySize = jsonSize(term) + jsonSize(entry) + 2
    if (!shard || size + entrySize > termBudget) {
      if (shard) yield { kind: 'shard', shard }
      shard = Object.create(null) as Record<string, PostingsEntry>
      firsts.push(term)
      size = 2
    }
    shard[term] = entry
    size += entrySize
  }
  if (shard) yield { kind: 'shard', shard }
}

/** Cuts one long list of documents into part files of about `budget` bytes, numbered from `first`; the parts and their references. */
function splitParts(docs: readonly number[], budget: number, first: number): { parts: number[][]; refs: PartRef[] } {
  const parts: number[][] = []
  const refs: PartRef[] = []
  let start = 0
  while (start < docs.length) {
    let size = 2
    let end = start
    while (end < docs.length) {
      const cost = digits(end === start ? docs[end]! : docs[end]! - docs[end - 1]!) + 1
      if (end > start && size + cost > budget) break
      size += cost
      end++
    }
    const slice = docs.slice(start, end)
    refs.push([first + parts.length, slice[0]!, slice.at(-1)!])
    parts.push(deltaEncode(slice))
    start = end
  }
  return { parts, refs }
}

/** Cuts the documents into chunks of about `docBudget` bytes, handing each over when it is full and pushing the number of its first document onto `firsts`. */
export function* packDocs(docs: Iterable<SearchDoc>, input: SearchInput, docBudget: number, firsts: number[]): Generator<DocChunk> {
  let chunk: DocChunk | undefined
  let slots = new Map<number, number>()
  let size = 0
  let number = -1
  for (const doc of docs) {
    number++
    const needsSource = doc.kind === 'sentence' && !slots.has(doc.source)
    const recordSize = jsonSize(recordOf(doc, 0)) + 1 + (doc.kind === 'sentence' && needsSource ? jsonSize(sourceRow(input, doc.source)) + 1 : 0)
    if (!chunk || size + recordSize > docBudget) {
      if (chunk) yield chunk
      chunk = { s: [], d: [] }
      slots = new Map()
      firsts.push(number)
      size = 16
    }
    if (doc.kind === 'sentence' && !slots.has(doc.source)) {
      slots.set(doc.source, chunk.s.length)
      chunk.s.push(sourceRow(input, doc.source))
    }
    chunk.d.push(recordOf(doc, doc.kind === 'sentence' ? slots.get(doc.source)! : 0))
    size += recordSize
  }
  if (chunk) yield chunk
}

/** The record the client shows for a document. */
function recordOf(doc: SearchDoc, sourceSlot: number): DocRecord {
  switch (doc.kind) {
    case 'topic': return ['t', doc.page, doc.name, doc.topicKind, doc.aliases]
    case 'source': return ['s', doc.page, doc.title, doc.label]
    case 'sentence': return ['p', sourceSlot, doc.id, doc.text]
  }
}

/** A chunk's row for a source: [page, label, title]. */
function sourceRow(input: SearchInput, index: number): [string, string, string] {
  const source = input.sources[index]!
  return [source.page, source.label, source.title]
}

/** Bytes of a value as JSON (UTF-16 units; close enough for a budget). */
function jsonSize(value: unknown): number {
  return JSON.stringify(value).length
}

/** Characters of a non-negative integer in JSON. */
function digits(value: number): number {
  return String(value).length
}
