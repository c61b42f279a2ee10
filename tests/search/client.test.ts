import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchFiles } from '../../src/search/index.ts'
import { isIndexable, wordTokens } from '../../src/search/tokenize.ts'
import { loadClient, memoryLoader, searchAll } from './client-engine.ts'
import { input } from './fixture.ts'

const client = loadClient()

/** A fresh engine over the index of the hand-made input. */
function engineFor(options?: Parameters<typeof buildSearchFiles>[1]) {
  const loader = memoryLoader(buildSearchFiles(input, options))
  return { engine: client.createEngine(loader.load), read: loader.read }
}

/** The links of the results of a query. */
async function hrefs(query: string, options?: Parameters<typeof buildSearchFiles>[1]): Promise<string[]> {
  return (await searchAll(engineFor(options).engine, query)).map((record) => record.href)
}

describe('the search client splits words as the index does', () => {
  it('agrees with src/search/tokenize.ts on any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'É', 'é', 'ß', 'İ', '.', ' ', '-', '’', '7', 'ﬁ', 'Ж', '\u0301', 'ǅ', '中', 'U', 'S') , maxLength: 40 })
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (sample) => {
      expect(JSON.parse(JSON.stringify(client.wordTokens(sample)))).toEqual(wordTokens(sample))
      for (const token of wordTokens(sample)) expect(client.isIndexable(token.term)).toBe(isIndexable(token.term))
    }))
  })

  it('drops stop words and repeats from a query', () => {
    expect([...client.queryTerms('The Kartapolov, the kartapolov said')]).toEqual(['kartapolov', 'said'])
  })
})

describe('the search client over a built index', () => {
  it('finds a person as a topic first, then the sentence naming him at its exact anchor', async () => {
    expect(await hrefs('Kartapolov')).toEqual(['topics/andrei-kartapolov.html', 'sources/afp.html#s2'])
  })

  it('matches words from their start', async () => {
    expect(await hrefs('kartap')).toEqual(['topics/andrei-kartapolov.html', 'sources/afp.html#s2'])
    expect(await hrefs('strike')).toEqual(['sources/afp.html', 'sources/trt.html#t2'])
  })

  it('finds sources by outlet and title, and titles only through their source', async () => {
    expect(await hrefs('TRT')).toEqual(['sources/trt.html'])
    expect(await hrefs('palmyra')).toEqual(['sources/afp.html', 'sources/afp.html#s1'])
  })

  it('wants every word, and falls back to any word when no result has all', async () => {
    const { engine } = engineFor()
    const both = await engine.search('russian aleppo')
    expect(both.all).toBe(true)
    expect((await engine.records(both.docs)).map((record) => record.href)).toEqual(['sources/afp.html#s1'])
    const either = await engine.search('aleppo moscow')
    expect(either.all).toBe(false)
    expect(either.docs.length).toBeGreaterThan(1)
  })

  it('ignores accents, case and the dots of initials', async () => {
    expect(await hrefs('senor NANDU')).toEqual(['sources/afp.html#s3'])
    expect(await hrefs('U.S.')).toEqual(['sources/afp.html#s3'])
  })

  it('returns nothing for a query of common words only, without reading the index', async () => {
    const { engine, read } = engineFor()
    expect((await engine.search('the of and')).terms).toEqual([])
    expect(read).toEqual([])
  })

  it('gives each result its kind, title, text and source as plain strings', async () => {
    const [topic, sentence] = await searchAll(engineFor().engine, 'kartapolov')
    expect(topic).toMatchObject({ kind: 'topic', label: 'Person', title: 'Andrei Kartapolov', text: 'Kartapolov · Gen. Kartapolov' })
    expect(sentence).toMatchObject({ kind: 'sentence', context: 'AFP · Russia strikes targets near Palmyra' })
    const [markup] = await searchAll(engineFor().engine, 'onerror')
    expect(markup!.text).toBe('<img src=x onerror=alert(1)> is how the strike was described by no one.')
  })

  it('reads only the shards and chunks a query needs when the index is split', async () => {
    const options = { termBudget: 120, docBudget: 200 }
    const { engine, read } = engineFor(options)
    const result = await engine.search('coordinates')
    const records = await engine.records(result.docs)
    expect(records.map((record) => record.href)).toEqual(['sources/trt.html', 'sources/afp.html#s2'])
    const all = buildSearchFiles(input, options).map((file) => file.name)
    expect(all.length).toBeGreaterThan(8)
    expect(read.length).toBeLessThan(all.length / 2)
    expect(await hrefs('kartapolov', options)).toEqual(['topics/andrei-kartapolov.html', 'sources/afp.html#s2'])
  })

  it('marks the matched words of a snippet and picks the window around the first', () => {
    const text = 'Gen. Kartapolov said: Kartapolov’s men.'
    expect(client.matchRanges(text, new Set(['kartapolov']))).toEqual([[5, 15], [22, 32]])
    const long = `${'word '.repeat(100)}target ${'word '.repeat(100)}`
    const ranges = client.matchRanges(long, new Set(['target']))
    const [start, end] = client.snippetWindow(long, ranges, 100)
    expect(start).toBeLessThanOrEqual(ranges[0]![0])
    expect(end).toBeGreaterThanOrEqual(ranges[0]![1])
    expect(end - start).toBeLessThanOrEqual(100)
  })
})
