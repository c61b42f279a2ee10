import { deserialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { extractSource } from '../../src/analyze/extract-source.ts'
import { extractArticles, extractSources } from '../../src/analyze/extract-sources.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const articles = generateArticles(30, 11)
const sources = articles.map(splitSource)
const expected = sources.map(extractSource)

describe('extractSources', () => {
  it('gives each source its extract, in order, from worker threads', async () => {
    const extracts = await extractSources(sources, { workers: 2, batchSize: 4, minSources: 0 })
    expect(extracts.map((extract) => extract.id)).toEqual(sources.map((source) => source.article.id))
    expect(extracts).toEqual(expected)
  })

  it('extracts in this thread when a worker entry cannot be loaded', async () => {
    const extracts = await extractSources(sources, { workers: 2, batchSize: 4, minSources: 0, workerUrl: new URL('./no-such-worker.ts', import.meta.url) })
    expect(extracts).toEqual(expected)
  })

  it('extracts in this thread for one worker or few sources', async () => {
    expect((await extractSources(sources, { workers: 1 }))).toEqual(expected)
    expect((await extractSources(sources.slice(0, 3)))).toEqual(expected.slice(0, 3))
  })

  it('hands each source and its extract serialized, from workers and from this thread alike', async () => {
    for (const options of [{ workers: 2, batchSize: 4, minSources: 0 }, { workers: 1 }, { workers: 2, batchSize: 4, minSources: 0, workerUrl: new URL('./no-such-worker.ts', import.meta.url) }]) {
      const entries: Uint8Array[] = []
      const extracts = await extractSources(sources, { ...options, onEntry: (index, bytes) => { expect(entries[index]).toBeUndefined(); entries[index] = bytes } })
      expect(extracts).toEqual(expected)
      expect(entries.length).toBe(sources.length)
      expect(entries.map((bytes) => deserialize(bytes))).toEqual(sources.map((source, i) => ({ source, extract: expected[i] })))
    }
  })
})

describe('extractArticles', () => {
  it('splits each article as its batch goes out and gives the sources and extracts extractSources gives, on either thread', async () => {
    const options = [{ workers: 2, batchSize: 4, minSources: 0 }, { workers: 1 }, { workers: 2, batchSize: 4, minSources: 0, workerUrl: new URL('./no-such-worker.ts', import.meta.url) }]
    for (const option of options) {
      const entries: Uint8Array[] = []
      const made = await extractArticles(articles, { ...option, onEntry: (index, bytes) => { entries[index] = bytes } })
      expect(made.sources).toEqual(sources)
      expect(made.extracts).toEqual(expected)
      expect(entries.map((bytes) => deserialize(bytes))).toEqual(sources.map((source, i) => ({ source, extract: expected[i] })))
    }
    // The sources hold the very articles given (split here, not copies come back from a worker).
    const nine = await extractArticles(articles.slice(0, 9), { workers: 2, batchSize: 2, minSources: 0 })
    nine.sources.forEach((source, i) => expect(source.article).toBe(articles[i]))
  })
})
