import { createContext, runInContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import * as search from '../../src/search/index.ts'
import { buildSearchFiles, eachSearchFile, type SearchFile, type SearchInput, type SearchManifest } from '../../src/search/index.ts'
import { deltaDecode } from '../../src/search/postings.ts'
import type { DocChunk, PostingsEntry } from '../../src/search/pack.ts'
import { indexTerms } from '../../src/search/tokenize.ts'
import { input } from './fixture.ts'

/** Runs an index file as a classic script and returns what it hands over. */
function dataOf(file: SearchFile): unknown {
  const context = createContext({})
  runInContext('var self = globalThis', context)
  runInContext(file.body, context)
  const pushed = (context as { DOSSIER_SEARCH: [string, unknown][] }).DOSSIER_SEARCH
  expect(pushed.length).toBe(1)
  expect(pushed[0]![0]).toBe(file.name)
  return JSON.parse(JSON.stringify(pushed[0]![1]))
}

/** A larger hand-made input: `count` sources of ten sentences over a small vocabulary. */
function manySources(count: number): SearchInput {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet']
  return {
    topics: [],
    sources: Array.from({ length: count }, (_, s) => ({
      page: `sources/s${s}.html`,
      title: `Source ${s}`,
      outlet: null,
      label: `s${s}.txt`,
      sentences: Array.from({ length: 10 }, (_, n) => ({ id: `x${n}`, role: 'body', text: `Common ${words[n]} ${words[(s + n) % 10]} rare${s}x${n}.` })),
    })),
  }
}

/** Every file's data by name. */
function filesByName(files: SearchFile[]): Map<string, unknown> {
  return new Map(files.map((file) => [file.name, dataOf(file)]))
}

/** Every document number each word is found in, read back from the term shards and parts. */
function readPostings(data: Map<string, unknown>): Map<string, number[]> {
  const manifest = data.get('index') as SearchManifest
  const postings = new Map<string, number[]>()
  manifest.terms.forEach((first, index) => {
    const shard = data.get(`t${index}`) as Record<string, PostingsEntry>
    for (const [term, entry] of Object.entries(shard)) {
      expect(term >= first, `${term} in shard ${index}`).toBe(true)
      const next = manifest.terms[index + 1]
      if (next !== undefined) expect(term < next, `${term} before shard ${index + 1}`).toBe(true)
      postings.set(term, Array.isArray(entry) ? deltaDecode(entry) : entry.p.flatMap(([part]) => deltaDecode(data.get(`p${part}`) as number[])))
    }
  })
  return postings
}

describe('buildSearchFiles', () => {
  it('exposes exactly its public API', () => {
    expect(Object.keys(search).sort()).toEqual(['SEARCH_FOLDER', 'buildSearchFiles', 'eachSearchFile', 'searchFile', 'searchInputOf'])
  })

  it('writes classic scripts under search/ that hand their data over by name', () => {
    const files = buildSearchFiles(input)
    expect(files.map((file) => file.path)).toEqual(['search/index.js', 'search/t0.js', 'search/d0.js'])
    for (const file of files) expect(file.body).toMatch(/^\(self\.DOSSIER_SEARCH=self\.DOSSIER_SEARCH\|\|\[\]\)\.push\(/)
    const manifest = dataOf(files[0]!) as SearchManifest
    expect(manifest).toMatchObject({ v: 1, n: 2 + 2 + 5, docs: [0], count: { topics: 2, sources: 2, sentences: 5 } })
  })

  it('hands the files over one at a time, the manifest last, as buildSearchFiles makes them', () => {
    const many = manySources(300)
    const options = { termBudget: 2_000, docBudget: 2_000 }
    const stream = eachSearchFile(many, options)
    const first = stream.next()
    expect(first.done).toBe(false)
    const streamed = [first.value as SearchFile, ...stream]
    expect(streamed.at(-1)!.name).toBe('index')
    const built = buildSearchFiles(many, options)
    expect(built[0]!.name).toBe('index')
    expect(streamed.length).toBeGreaterThan(10)
    expect(new Map(streamed.map((file) => [file.path, file.body]))).toEqual(new Map(built.map((file) => [file.path, file.body])))
  })

  it('finds titles through their source, not as sentences', () => {
    const chunk = dataOf(buildSearchFiles(input).at(-1)!) as DocChunk
    expect(chunk.d.map((record) => record[0])).toEqual(['t', 't', 's', 's', 'p', 'p', 'p', 'p', 'p'])
    expect(chunk.d.flatMap((record) => (record[0] === 'p' ? [record[2]] : []))).toEqual(['s1', 's2', 's3', 't1', 't2'])
    expect(chunk.s).toEqual([['sources/afp.html', 'AFP', 'Russia strikes targets near Palmyra'], ['sources/trt.html', 'TRT World', 'Opposition gave coordinates, Moscow says']])
  })

  it('lists each word with exactly the documents that hold it, across shards and parts', () => {
    const many = manySources(300)
    const data = filesByName(buildSearchFiles(many, { termBudget: 2_000, docBudget: 3_000 }))
    const manifest = data.get('index') as SearchManifest
    expect(manifest.terms.length).toBeGreaterThan(3)
    expect([...data.keys()].some((name) => name.startsWith('p'))).toBe(true)
    const expected = new Map<string, number[]>()
    const texts = [...many.sources.map((source) => `${source.title} ${source.outlet ?? ''}`), ...many.sources.flatMap((source) => source.sentences.map((sentence) => sentence.text))]
    texts.forEach((text, doc) => {
      for (const term of indexTerms(text)) {
        const docs = expected.get(term)
        if (docs) docs.push(doc)
        else expected.set(term, [doc])
      }
    })
    expect(readPostings(data)).toEqual(expected)
  })

  it('keeps every file within its budget, but for a single oversized item', () => {
    const files = buildSearchFiles(manySources(300), { termBudget: 2_000, docBudget: 3_000 })
    for (const file of files) {
      if (file.name === 'index') continue
      const data = dataOf(file)
      const items = Array.isArray(data) ? data.length : file.name.startsWith('d') ? (data as DocChunk).d.length : Object.keys(data as object).length
      const budget = file.name.startsWith('d') ? 3_000 : 2_000
      if (items > 1) expect(JSON.stringify(data).length, file.name).toBeLessThanOrEqual(budget + 64)
    }
  })

  it('gives the same bytes for the same input', () => {
    const many = manySources(50)
    expect(buildSearchFiles(many, { termBudget: 1_000 })).toEqual(buildSearchFiles(structuredClone(many), { termBudget: 1_000 }))
  })
})
