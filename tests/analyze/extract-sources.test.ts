import { deserialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { extractSource } from '../../src/analyze/extract-source.ts'
import { extractSources } from '../../src/analyze/extract-sources.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const sources = generateArticles(30, 11).map(splitSource)
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
