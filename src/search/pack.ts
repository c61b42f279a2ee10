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

/** The term shards (with the first word of each) and the part files. */
export interface PackedTerms {
  firsts: string[]
  shards: Record<string, PostingsEntry>[]
  parts: number[][]
}

/** The document chunks with the number of the first document of each. */
export interface PackedDocs {
  firsts: number[]
  chunks: DocChunk[]
}

/** Cuts sorted word postings into term shards and part files. */
export function packTerms(postings: readonly [string, number[]][], termBudget: number): PackedTerms {
  const packed: PackedTerms = { firsts: [], shards: [], parts: [] }
  let shard: Record<string, PostingsEntry> | undefined
  let size = 0
  for (const [term, docs] of postings) {
    const inline = deltaEncode(docs)
    const entry: PostingsEntry = jsonSize(inline) > termBudget / 4 ? { n: docs.length, p: splitParts(docs, termBudget, packed.parts) } : inline
    const entrySize = jsonSize(term) + jsonSize(entry) + 2
    if (!shard || size + entrySize > termBudget) {
      shard = Object.create(null) as Record<string, PostingsEntry>
      packed.shards.push(shard)
      packed.firsts.push(term)
      size = 2
    }
    shard[term] = entry
    size += entrySize
  }
  return packed
}

/** Cuts one long list of documents into part files of about `budget` bytes; returns their references. */
function splitParts(docs: readonly number[], budget: number, parts: number[][]): PartRef[] {
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
    refs.push([parts.length, slice[0]!, slice.at(-1)!])
    parts.push(deltaEncode(slice))
    start = end
  }
  return refs
}

/** Cuts the documents into chunks of about `docBudget` bytes. */
export function packDocs(docs: readonly SearchDoc[], input: SearchInput, docBudget: number): PackedDocs {
  const packed: PackedDocs = { firsts: [], chunks: [] }
  let chunk: DocChunk | undefined
  let slots = new Map<number, number>()
  let size = 0
  docs.forEach((doc, number) => {
    const needsSource = doc.kind === 'sentence' && !slots.has(doc.source)
    const recordSize = jsonSize(recordOf(doc, 0)) + 1 + (doc.kind === 'sentence' && needsSource ? jsonSize(sourceRow(input, doc.source)) + 1 : 0)
    if (!chunk || size + recordSize > docBudget) {
      chunk = { s: [], d: [] }
      slots = new Map()
      packed.chunks.push(chunk)
      packed.firsts.push(number)
      size = 16
    }
    if (doc.kind === 'sentence' && !slots.has(doc.source)) {
      slots.set(doc.source, chunk.s.length)
      chunk.s.push(sourceRow(input, doc.source))
    }
    chunk.d.push(recordOf(doc, doc.kind === 'sentence' ? slots.get(doc.source)! : 0))
    size += recordSize
  })
  return packed
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
