import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeHash } from '../../src/integrations/build-cache.ts'
import { renderSource } from '../../src/annotate/render-source.ts'
import { buildCacheState, startBuildCache } from '../../src/cache/build-cache.ts'
import { renderSourceCached } from '../../src/site/render-cache.ts'
import { toSourceAnnotations, type AnnotationInputs } from '../../src/site/source-annotations.ts'
import { source } from '../analyze/helpers.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const article = source('a', 'Talks resume in Geneva', ['The envoy met the minister on Monday. Talks follow.'])
const first = article.sentences.find((sentence) => sentence.role === 'body')!

/** Inputs with one cross-reference note on the first body sentence, quoting `other`. */
function inputs(other: string): AnnotationInputs {
  const note = { kind: 'claim' as const, sources: 1, passages: [{ source: 'b', label: 'AFP', hue: 20, href: 'b.html#s-1', own: first.text, other }], more: 0, discrepancies: [] }
  return { topicLinks: new Map(), marks: [], notes: new Map([[first.id, [{ kind: 'crossref', note }]]]) }
}

let folder: string
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'dossier-render-cache-')), 'entries')
})
afterEach(() => {
  startBuildCache(null, '')
  rmSync(join(folder, '..'), { recursive: true, force: true })
})

describe('renderSourceCached', () => {
  it('renders once and reads the same HTML back for the same inputs', () => {
    startBuildCache(folder, 'code-1')
    const cold = renderSourceCached(article, inputs('The envoy met the minister.'))
    const warm = renderSourceCached(article, inputs('The envoy met the minister.'))
    expect(warm).toEqual(cold)
    expect(cold).toEqual(renderSource(article, toSourceAnnotations(inputs('The envoy met the minister.'))))
    expect(buildCacheState()).toMatchObject({ hits: { render: 1 }, misses: { render: 1 } })
    expect(readdirSync(join(folder, 'render'))).toHaveLength(1)
  })

  it('renders again when another source’s passage in a note changes, or the code does', () => {
    startBuildCache(folder, 'code-1')
    const before = renderSourceCached(article, inputs('The envoy met the minister.'))
    const after = renderSourceCached(article, inputs('The envoy met the foreign minister.'))
    expect(after.bodyHtml).not.toBe(before.bodyHtml)
    expect(after.bodyHtml).toContain('<mark class="differs">foreign</mark>')
    startBuildCache(folder, 'code-2')
    renderSourceCached(article, inputs('The envoy met the minister.'))
    expect(buildCacheState()).toMatchObject({ hits: {}, misses: { render: 1 } })
  })

  it('renders again over an entry it cannot read', () => {
    startBuildCache(folder, 'code-1')
    const good = renderSourceCached(article, inputs('x'))
    const [entry] = readdirSync(join(folder, 'render'))
    writeFileSync(join(folder, 'render', entry!), '{"titleHtml": 1')
    expect(renderSourceCached(article, inputs('x'))).toEqual(good)
    expect(buildCacheState()).toMatchObject({ hits: {}, misses: { render: 2 } })
  })

  it('writes nothing without a cache folder', () => {
    startBuildCache(null, 'code-1')
    renderSourceCached(article, inputs('x'))
    renderSourceCached(article, inputs('x'))
    expect(buildCacheState()).toMatchObject({ hits: {}, misses: {} })
  })
})

describe('codeHash', () => {
  it('changes when a file under src/ changes', () => {
    const root = join(folder, '..', 'project')
    mkdirSync(join(root, 'src', 'site'), { recursive: true })
    writeFileSync(join(root, 'src', 'site', 'a.ts'), 'export const a = 1')
    const before = codeHash(root)
    expect(codeHash(root)).toBe(before)
    writeFileSync(join(root, 'src', 'site', 'a.ts'), 'export const a = 2')
    expect(codeHash(root)).not.toBe(before)
  })
})

describe('analysedSources', () => {
  it('splits and extracts an article once, and reads it back while the article and the code are unchanged', async () => {
    const { analysedSources } = await import('../../src/site/analysis-cache.ts')
    startBuildCache(folder, 'code-1')
    const [cold] = await analysedSources([article.article])
    const [warm] = await analysedSources([article.article])
    expect(warm).toEqual(cold)
    expect(warm!.source.sentences.map((s) => s.text)).toEqual(article.sentences.map((s) => s.text))
    await analysedSources([{ ...article.article, title: 'Talks resume in Lausanne' }])
    expect(buildCacheState()).toMatchObject({ hits: { analysis: 1 }, misses: { analysis: 2 } })
  })

  it('reads many entries back intact, each typed array with bytes of its own', async () => {
    const { analysedSources } = await import('../../src/site/analysis-cache.ts')
    const articles = generateArticles(12, 3)
    startBuildCache(folder, 'code-1')
    const cold = structuredClone(await analysedSources(articles))
    const warm = await analysedSources(articles)
    expect(buildCacheState().hits['analysis']).toBe(12)
    // Entries are read one after the other into the same buffer: an array still pointing into it would show the last entry's bytes.
    expect(warm).toEqual(cold)
    const views = warm.flatMap(({ extract }) => Object.values(extract.tokens).filter((value): value is Int32Array => ArrayBuffer.isView(value)))
    expect(views.length).toBeGreaterThan(12)
    for (const view of views) expect(view.buffer.byteLength).toBe(view.byteLength)
  })
})

describe('removeUnusedEntries', () => {
  it('removes what the build did not use and keeps what it did', async () => {
    const { removeUnusedEntries } = await import('../../src/cache/build-cache.ts')
    startBuildCache(folder, 'code-1')
    renderSourceCached(article, inputs('kept'))
    const state = startBuildCache(folder, 'code-1')
    renderSourceCached(article, inputs('other'))
    expect(removeUnusedEntries(state)).toBe(1)
    expect(readdirSync(join(folder, 'render'))).toHaveLength(1)
  })
})

describe('oncePerBuild', () => {
  it('computes once per build and again for the next build of the process', async () => {
    const { oncePerBuild } = await import('../../src/cache/build-cache.ts')
    let calls = 0
    const value = oncePerBuild(() => ++calls)
    startBuildCache(null, 'a')
    expect([value(), value()]).toEqual([1, 1])
    startBuildCache(null, 'a')
    expect(value()).toBe(2)
  })
})
