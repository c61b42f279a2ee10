/**
 * The search client (`public/scripts/search.js`) run in a Node `vm` context without a document,
 * over index files held in memory: the real client code and the real file format, no browser.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createContext, runInContext } from 'node:vm'
import type { SearchFile } from '../../src/search/index.ts'

/** A result record as the client shows it. */
export interface ClientRecord {
  kind: 'topic' | 'source' | 'sentence'
  label: string
  href: string
  title: string
  text: string
  context: string
}

/** The result of a search. */
export interface ClientResult {
  terms: string[]
  matched: string[]
  docs: number[]
  all: boolean
}

/** The client's engine. */
export interface ClientEngine {
  search(query: string): Promise<ClientResult>
  records(docs: number[]): Promise<ClientRecord[]>
}

/** What the client script exposes as `self.DossierSearch`. */
export interface ClientApi {
  foldTerm(word: string): string
  wordTokens(text: string): { term: string; start: number; end: number }[]
  isIndexable(term: string): boolean
  queryTerms(query: string): string[]
  createEngine(load: (name: string) => Promise<unknown>): ClientEngine
  matchRanges(text: string, matched: Set<string>): [number, number][]
  snippetWindow(text: string, ranges: [number, number][], length: number): [number, number]
}

export const clientFile = fileURLToPath(new URL('../../public/scripts/search.js', import.meta.url))

/** Loads the client script in a fresh context and returns its API. */
export function loadClient(): ClientApi {
  const context = createContext({})
  runInContext('var self = globalThis', context)
  runInContext(readFileSync(clientFile, 'utf8'), context, { filename: clientFile })
  return (context as { DossierSearch: ClientApi }).DossierSearch
}

/** A loader that runs each index file, as a browser would, and records which files were read. */
export function memoryLoader(files: readonly SearchFile[]): { load: (name: string) => Promise<unknown>; read: string[] } {
  const byName = new Map(files.map((file) => [file.name, file]))
  const read: string[] = []
  const load = async (name: string): Promise<unknown> => {
    const file = byName.get(name)
    if (!file) throw new Error(`no index file ${name}`)
    read.push(name)
    const context = createContext({})
    runInContext('var self = globalThis', context)
    runInContext(file.body, context)
    const [[delivered, data]] = (context as { DOSSIER_SEARCH: [string, unknown][] }).DOSSIER_SEARCH as [[string, unknown]]
    if (delivered !== name) throw new Error(`file ${name} delivered ${delivered}`)
    return data
  }
  return { load, read }
}

/** Searches and returns the records of every result. */
export async function searchAll(engine: ClientEngine, query: string): Promise<ClientRecord[]> {
  const result = await engine.search(query)
  return engine.records(result.docs)
}
