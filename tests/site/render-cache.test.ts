import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeHash } from '../../src/integrations/render-cache.ts'
import { renderSource } from '../../src/annotate/render-source.ts'
import { renderCacheState, renderSourceCached, startRenderCache } from '../../src/site/render-cache.ts'
import { toSourceAnnotations, type AnnotationInputs } from '../../src/site/source-annotations.ts'
import { source } from '../analyze/helpers.ts'

const article = source('a', 'Talks resume in Geneva', ['The envoy met the minister on Monday. Talks follow.'])
const first = article.sentences.find((sentence) => sentence.role === 'body')!

/** Inputs with one cross-reference note on the first body sentence, quoting `other`. */
function inputs(other: string): AnnotationInputs {
  const note = { kind: 'claim' as const, sources: 1, passages: [{ label: 'AFP', hue: 20, href: 'b.html#s-1', own: first.text, other }], more: 0, discrepancies: [] }
  return { topicLinks: new Map(), marks: [], notes: new Map([[first.id, [{ kind: 'crossref', note }]]]) }
}

let folder: string
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'dossier-render-cache-')), 'entries')
})
afterEach(() => {
  startRenderCache(null, '')
  rmSync(join(folder, '..'), { recursive: true, force: true })
})

describe('renderSourceCached', () => {
  it('renders once and reads the same HTML back for the same inputs', () => {
    startRenderCache(folder, 'code-1')
    const cold = renderSourceCached(article, inputs('The envoy met the minister.'))
    const warm = renderSourceCached(article, inputs('The envoy met the minister.'))
    expect(warm).toEqual(cold)
    expect(cold).toEqual(renderSource(article, toSourceAnnotations(inputs('The envoy met the minister.'))))
    expect(renderCacheState()).toMatchObject({ hits: 1, misses: 1 })
    expect(readdirSync(folder)).toHaveLength(1)
  })

  it('renders again when another source’s passage in a note changes, or the code does', () => {
    startRenderCache(folder, 'code-1')
    const before = renderSourceCached(article, inputs('The envoy met the minister.'))
    const after = renderSourceCached(article, inputs('The envoy met the foreign minister.'))
    expect(after.bodyHtml).not.toBe(before.bodyHtml)
    expect(after.bodyHtml).toContain('<mark class="differs">foreign</mark>')
    startRenderCache(folder, 'code-2')
    renderSourceCached(article, inputs('The envoy met the minister.'))
    expect(renderCacheState()).toMatchObject({ hits: 0, misses: 1 })
  })

  it('renders again over an entry it cannot read', () => {
    startRenderCache(folder, 'code-1')
    const good = renderSourceCached(article, inputs('x'))
    const [entry] = readdirSync(folder)
    writeFileSync(join(folder, entry!), '{"titleHtml": 1')
    expect(renderSourceCached(article, inputs('x'))).toEqual(good)
    expect(renderCacheState()).toMatchObject({ hits: 0, misses: 2 })
  })

  it('writes nothing without a cache folder', () => {
    startRenderCache(null, 'code-1')
    renderSourceCached(article, inputs('x'))
    renderSourceCached(article, inputs('x'))
    expect(renderCacheState()).toMatchObject({ hits: 0, misses: 0 })
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
