import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { renderSource } from '../../src/annotate/render-source.ts'
import { buildCacheState, startBuildCache } from '../../src/cache/build-cache.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { pageTargets } from '../../src/site/link-targets.ts'
import { sourcePage } from '../../src/site/paths.ts'
import { createRenderAhead, type RenderAhead } from '../../src/site/render-ahead.ts'
import { annotationInputsFor, toSourceAnnotations } from '../../src/site/source-annotations.ts'
import type { Source } from '../../src/model.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

// A corpus with stories shared by several articles, so that sources carry cross-reference notes and topic links.
const sources = generateArticles(40, 11).map(splitSource)
const index = indexDossier({ sources, analysis: analyzeCorpus(sources, []) })
const inputsFor = (source: Source) => annotationInputsFor(source, index, [], pageTargets(sourcePage(source.article.id)))
const expected = new Map(sources.map((source) => [source.article.id, renderSource(source, toSourceAnnotations(inputsFor(source)))]))
const workerUrl = new URL('../../src/site/render-worker.ts', import.meta.url)

let ahead: RenderAhead | null = null
afterEach(async () => {
  await ahead?.close()
  ahead = null
})

describe('createRenderAhead', () => {
  it('renders every source, in order, in the worker as this thread would', async () => {
    ahead = createRenderAhead({ sources, inputsFor, workerUrl, window: 4 })
    // The first two pages are rendered here (order is not known yet), then four are sent ahead: the worker renders them while no page is asked.
    for (const source of sources.slice(0, 2)) expect(await ahead.render(source.article.id)).toEqual(expected.get(source.article.id))
    await vi.waitFor(() => expect(ahead!.renderedInWorker).toBe(4), { timeout: 20_000, interval: 20 })
    for (const source of sources.slice(2)) expect(await ahead.render(source.article.id)).toEqual(expected.get(source.article.id))
    expect(ahead.renderedInWorker).toBeGreaterThanOrEqual(4)
    // The test is only meaningful if sources carry notes and links.
    expect([...expected.values()].filter((rendered) => rendered.bodyHtml.includes('data-footnote-ref')).length).toBeGreaterThan(5)
  })

  it('renders here the pages the worker has not started on, rather than wait', async () => {
    const stalled = new URL('../fixtures/stalled-render-worker.ts', import.meta.url)
    ahead = createRenderAhead({ sources, inputsFor, workerUrl: stalled, window: 4 })
    for (const source of sources) expect(await ahead.render(source.article.id)).toEqual(expected.get(source.article.id))
    const batch = sources.slice(0, 9).map((source) => ({ source, inputs: inputsFor(source), options: {}, cached: false }))
    expect(await ahead.renderAll(batch)).toEqual(batch.map(({ source }) => expected.get(source.article.id)))
    expect(ahead.renderedInWorker).toBe(0)
  })

  it('renders a batch half here and half in the worker, in order, with the options asked', async () => {
    ahead = createRenderAhead({ sources, inputsFor, workerUrl, window: 4 })
    const options = { idPrefix: 'p-', titleRank: 2 as const }
    const batch = sources.slice(0, 9).map((source) => ({ source, inputs: inputsFor(source), options, cached: false }))
    const rendered = await ahead.renderAll(batch)
    expect(rendered).toEqual(batch.map(({ source, inputs }) => renderSource(source, toSourceAnnotations(inputs), options)))
    expect(rendered[0]!.titleHtml).toMatch(/^<h2/)
    // The worker's half, less what this thread took before the worker started on it.
    expect(ahead.renderedInWorker).toBeLessThanOrEqual(4)
  })

  it('keeps a batch’s renderings in the build cache when asked, never a source page’s', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'dossier-render-ahead-')), 'cache')
    try {
      startBuildCache(folder, 'code')
      ahead = createRenderAhead({ sources, inputsFor, workerUrl, window: 4 })
      for (const source of sources.slice(0, 8)) await ahead.render(source.article.id)
      expect(existsSync(join(folder, 'render'))).toBe(false)
      const batch = (cached: boolean) => sources.slice(0, 6).map((source) => ({ source, inputs: inputsFor(source), options: { idPrefix: 'p-' }, cached }))
      await ahead.renderAll(batch(false))
      expect(existsSync(join(folder, 'render'))).toBe(false)
      const made = await ahead.renderAll(batch(true))
      // Rendered here or in the worker, all stored; the same batch again is read back.
      expect(readdirSync(join(folder, 'render'))).toHaveLength(6)
      expect(await ahead.renderAll(batch(true))).toEqual(made)
      expect(buildCacheState()).toMatchObject({ hits: { render: 6 }, misses: { render: 6 } })
    } finally {
      startBuildCache(null, '')
      rmSync(join(folder, '..'), { recursive: true, force: true })
    }
  })

  it('renders pages asked out of order here, without rendering others ahead', async () => {
    ahead = createRenderAhead({ sources, inputsFor, workerUrl, window: 4 })
    for (const i of [7, 3, 30, 12, 0]) expect(await ahead.render(sources[i]!.article.id)).toEqual(expected.get(sources[i]!.article.id))
    expect(ahead.renderedInWorker).toBe(0)
  })

  it('falls back to this thread when the worker entry cannot be loaded', async () => {
    ahead = createRenderAhead({ sources, inputsFor, workerUrl: new URL('./no-such-worker.ts', import.meta.url), window: 4 })
    for (const source of sources.slice(0, 10)) expect(await ahead.render(source.article.id)).toEqual(expected.get(source.article.id))
    expect(ahead.renderedInWorker).toBe(0)
  })

  it('renders everything here without a worker, and refuses an unknown source', async () => {
    ahead = createRenderAhead({ sources, inputsFor, workerUrl: null })
    for (const source of sources.slice(0, 5)) expect(await ahead.render(source.article.id)).toEqual(expected.get(source.article.id))
    expect(ahead.renderedInWorker).toBe(0)
    expect(() => ahead!.render('no-such-source')).toThrow(/no source/)
  })
})
