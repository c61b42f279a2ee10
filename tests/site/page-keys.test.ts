import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import type { Source } from '../../src/model.ts'
import { startBuildCache } from '../../src/cache/build-cache.ts'
import type { Dossier } from '../../src/site/dossier.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { annotationsShownOn, cacheKey, pageKey } from '../../src/site/page-keys.ts'
import { pageTargets } from '../../src/site/link-targets.ts'
import { sourcePage } from '../../src/site/paths.ts'
import { source } from '../analyze/helpers.ts'

/** A dossier of sources as the pages get it (no analyst's files). */
function dossierOf(sources: Source[], title = 'A dossier'): Dossier {
  const analysis = analyzeCorpus(sources, [])
  return { title, subtitle: null, author: null, language: 'en', sources, skipped: [], analysis, curated: [], annotations: [], index: indexDossier({ sources, analysis }) }
}

const a = () => source('a', 'Talks resume in Geneva', ['The envoy met the minister in Geneva on Monday, officials said.'], 'AFP')
const b = (outlet = 'Reuters') => source('b', 'Envoy meets minister', ['The envoy met the minister in Geneva on Monday, officials said.'], outlet)

/** A new build of the process: per-build memos (source digests) start again. */
let generation = 0
beforeEach(() => {
  startBuildCache('/nonexistent-cache-folder', `code ${generation++}`)
})
afterEach(() => {
  startBuildCache(null, '')
})

describe('pageKey', () => {
  it('is the same for the same page data in another build, and none while the cache is off', () => {
    startBuildCache('/nonexistent-cache-folder', 'code')
    const first = pageKey(dossierOf([a(), b()]), 'ledger', { rows: [{ source: 'b', sentence: 's' }] })
    startBuildCache('/nonexistent-cache-folder', 'code')
    expect(pageKey(dossierOf([a(), b()]), 'ledger', { rows: [{ source: 'b', sentence: 's' }] })).toBe(first)
    startBuildCache(null, 'code')
    expect(pageKey(dossierOf([a(), b()]), 'ledger', {})).toBeUndefined()
    expect(cacheKey(undefined)).toEqual({})
    expect(cacheKey('k')).toEqual({ cacheKey: 'k' })
  })

  it('changes with the code, the dossier’s title, and any source the page names by id', () => {
    startBuildCache('/nonexistent-cache-folder', 'code')
    const parts = { rows: [{ source: 'b', sentence: 's' }] }
    const before = pageKey(dossierOf([a(), b()]), 'ledger', parts)
    startBuildCache('/nonexistent-cache-folder', 'code')
    // Another outlet for b: its label is printed wherever a row quotes it.
    expect(pageKey(dossierOf([a(), b('AP')]), 'ledger', parts)).not.toBe(before)
    startBuildCache('/nonexistent-cache-folder', 'code')
    expect(pageKey(dossierOf([a(), b()], 'Another title'), 'ledger', parts)).not.toBe(before)
    startBuildCache('/nonexistent-cache-folder', 'other code')
    expect(pageKey(dossierOf([a(), b()]), 'ledger', parts)).not.toBe(before)
    // A change to a source the page does not name leaves it alone.
    startBuildCache('/nonexistent-cache-folder', 'code')
    const other = source('a', 'Talks resume in Geneva', ['The envoy met the minister in Geneva on Monday, officials said.'], 'AFP (updated)')
    expect(pageKey(dossierOf([other, b()]), 'ledger', parts)).toBe(before)
  })

  it('finds the sources a key names at any depth, whatever characters their ids hold, and only in `source` fields', () => {
    const odd = (outlet: string) => {
      const made = source('b', 'Envoy meets minister', ['The envoy met the minister in Geneva on Monday, officials said.'], outlet)
      // Ids come from file names, which may hold quotes and backslashes.
      return { ...made, article: { ...made.article, id: 'b "quoted" \\ slash' } }
    }
    const parts = { pages: [{ rows: [[{ source: 'b "quoted" \\ slash', sentence: 's' }]] }] }
    startBuildCache('/nonexistent-cache-folder', 'code')
    const before = pageKey(dossierOf([a(), odd('Reuters')]), 'ledger', parts)
    startBuildCache('/nonexistent-cache-folder', 'code')
    expect(pageKey(dossierOf([a(), odd('AP')]), 'ledger', parts)).not.toBe(before)
    // A text that reads like a field names nothing: a's outlet stays out of this key.
    const text = { note: '"source":"a"' }
    startBuildCache('/nonexistent-cache-folder', 'code')
    const plain = pageKey(dossierOf([a(), b()]), 'ledger', text)
    startBuildCache('/nonexistent-cache-folder', 'code')
    const other = source('a', 'Talks resume in Geneva', ['The envoy met the minister in Geneva on Monday, officials said.'], 'AFP (updated)')
    expect(pageKey(dossierOf([other, b()]), 'ledger', text)).toBe(plain)
    // The same source reached through the field's key names it: a's outlet is in this one.
    startBuildCache('/nonexistent-cache-folder', 'code')
    const named = pageKey(dossierOf([a(), b()]), 'ledger', { source: 'a' })
    startBuildCache('/nonexistent-cache-folder', 'code')
    expect(pageKey(dossierOf([other, b()]), 'ledger', { source: 'a' })).not.toBe(named)
  })

  it('does not change the parts it is given', () => {
    const dossier = dossierOf([a(), b()])
    const topic = dossier.analysis.topics[0]!
    const parts = { entries: [{ topic, sources: [dossier.sources[0]] }] }
    pageKey(dossier, 'topic list', parts)
    expect(parts.entries[0]!.topic).toBe(topic)
    expect(parts.entries[0]!.sources[0]).toBe(dossier.sources[0])
  })

  it('writes a source as its digest and a topic without its mentions, but with their number', () => {
    const dossier = dossierOf([a(), b()])
    const topic = dossier.analysis.topics[0]!
    const key = pageKey(dossier, 'topic list', { entries: [{ topic, sources: 2 }] })
    const fewer = { ...topic, mentions: topic.mentions.slice(1) }
    expect(pageKey(dossier, 'topic list', { entries: [{ topic: fewer, sources: 2 }] })).not.toBe(key)
    // The same number of mentions elsewhere in the corpus: the list shows only the count.
    const moved = { ...topic, mentions: topic.mentions.map((span) => ({ ...span, start: span.start + 1 })) }
    expect(pageKey(dossier, 'topic list', { entries: [{ topic: moved, sources: 2 }] })).toBe(key)
    expect(pageKey(dossier, 'source', { source: dossier.sources[0] })).toBe(pageKey(dossier, 'source', { source: a() }))
  })

  it('covers, through digests, the texts a source page’s notes quote but its key data leaves out', () => {
    const keyOfA = (dossier: Dossier) => {
      const page = dossier.sources.find((candidate) => candidate.article.id === 'a')!
      const annotations = annotationsShownOn(page, dossier, pageTargets(sourcePage('a')))
      return { annotations, key: pageKey(dossier, 'source', { source: page, annotations }) }
    }
    const { annotations, key } = keyOfA(dossierOf([a(), b()]))
    expect(annotations.notes.length).toBeGreaterThan(0)
    expect(JSON.stringify(annotations)).not.toContain('officials said')
    // b's outlet is printed in a's note (the passage's label): b's digest carries it into a's key.
    startBuildCache('/nonexistent-cache-folder', 'code 0')
    const same = keyOfA(dossierOf([a(), b()])).key
    startBuildCache('/nonexistent-cache-folder', 'code 0')
    expect(keyOfA(dossierOf([a(), b('AP')])).key).not.toBe(same)
    expect(key).toBeDefined()
  })
})
