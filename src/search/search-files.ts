/**
 * The search index as files: classic scripts under `search/` that the search page loads on demand
 * by inserting `<script src>` elements (which work from file://, where `fetch` does not). Each file
 * hands its data over with `self.DOSSIER_SEARCH.push([name, data])`:
 *
 * - `index`: `{ v, n, terms, docs, count }`: the number of documents, the first word of each term
 *   shard, the first document of each document chunk, and how many topics, sources and sentences;
 * - `t<i>`: term shard i, word → delta-encoded document numbers, or `{ n, p }` for a long list
 *   kept in part files `p<j>` (`p` lists `[j, first document, last document]`);
 * - `p<j>`: delta-encoded document numbers;
 * - `d<i>`: document chunk i, `{ s, d }` (see `pack.ts`).
 */
import { countSearchDocs, eachSearchDoc, type SearchInput } from './documents.ts'
import { packDocs, packTerms } from './pack.ts'
import { invertDocs } from './postings.ts'

/** Sizes of the files, in characters of JSON: small enough to load a few per query. */
export interface SearchFileOptions {
  /** About how large a term shard or part file grows (default 64,000). */
  termBudget?: number
  /** About how large a document chunk grows (default 64,000: fewer, larger files keep a large build fast). */
  docBudget?: number
}

/** One file of the index: its name (`t3`), its path relative to the site root and its content. */
export interface SearchFile {
  name: string
  path: string
  body: string
}

/** The manifest the client reads first. */
export interface SearchManifest {
  v: 1
  n: number
  terms: string[]
  docs: number[]
  count: { topics: number; sources: number; sentences: number }
}

/** Folder of the index files, relative to the site root. */
export const SEARCH_FOLDER = 'search'

const defaults = { termBudget: 64_000, docBudget: 64_000 }

/**
 * Builds every file of the search index from plain data: the manifest first, then the term shards,
 * the part files and the document chunks, each in number order; the same input gives the same bytes.
 */
export function buildSearchFiles(input: SearchInput, options?: SearchFileOptions): SearchFile[] {
  const files = [...eachSearchFile(input, options)]
  const rank = (file: SearchFile) => 'tpd'.indexOf(file.name[0]!) * 1e9 + Number(file.name.slice(1))
  return [files.at(-1)!, ...files.slice(0, -1).sort((a, b) => rank(a) - rank(b))]
}

/**
 * The files of the search index one by one, the manifest last (it names the first word of each
 * term shard and the first document of each chunk), each built just before it is handed over and
 * let go after: a writer holds one file at a time, not the whole index (80 MB at 10,000 articles).
 * Part files come as they are cut, among the term shards.
 */
export function* eachSearchFile(input: SearchInput, options?: SearchFileOptions): Generator<SearchFile> {
  const settings = { ...defaults, ...options }
  const termFirsts: string[] = []
  let shards = 0
  let parts = 0
  for (const file of packTerms(invertDocs(eachSearchDoc(input)), settings.termBudget, termFirsts)) {
    yield file.kind === 'shard' ? searchFile(`t${shards++}`, file.shard) : searchFile(`p${parts++}`, file.part)
  }
  const docFirsts: number[] = []
  let chunks = 0
  for (const chunk of packDocs(eachSearchDoc(input), input, settings.docBudget, docFirsts)) yield searchFile(`d${chunks++}`, chunk)
  const { docs, sentences } = countSearchDocs(input)
  const manifest: SearchManifest = {
    v: 1,
    n: docs,
    terms: termFirsts,
    docs: docFirsts,
    count: { topics: input.topics.length, sources: input.sources.length, sentences },
  }
  yield searchFile('index', manifest)
}

/** A classic script that hands `data` to the search client under `name`. */
export function searchFile(name: string, data: unknown): SearchFile {
  const body = `(self.DOSSIER_SEARCH=self.DOSSIER_SEARCH||[]).push(${JSON.stringify([name, data])});\n`
  return { name, path: `${SEARCH_FOLDER}/${name}.js`, body }
}
