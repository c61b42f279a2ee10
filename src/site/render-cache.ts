import { createHash } from 'node:crypto'
import { renderSource, type RenderOptions, type RenderedSource } from '../annotate/render-source.ts'
import type { Source } from '../model.ts'
import { buildCacheState, lookUp, store } from './build-cache.ts'
import { toSourceAnnotations, type AnnotationInputs } from './source-annotations.ts'

/**
 * Rendered sources kept between builds, keyed by a hash of everything the rendering reads: the
 * source's blocks, its annotations as data (topic links, marks, notes with the other sources'
 * passages, hrefs and discrepancies), the options and the code. A rebuild after one article
 * changed or was added renders only the sources whose text or notes changed; the rest are read back.
 */
export function renderSourceCached(source: Source, inputs: AnnotationInputs, options: RenderOptions = {}): RenderedSource {
  const { key, rendered } = lookUpRender(source, inputs, options)
  if (rendered) return rendered
  const made = renderSource(source, toSourceAnnotations(inputs), options)
  if (key) storeRender(key, made)
  return made
}

/** The cached rendering of a source with these inputs, if any, and the key to store one under (null: no cache). */
export function lookUpRender(source: Source, inputs: AnnotationInputs, options: RenderOptions = {}): { key: string | null; rendered: RenderedSource | null } {
  const state = buildCacheState()
  if (!state.folder) return { key: null, rendered: null }
  const key = `${renderKey(state.code, source, inputs, options)}.json`
  return { key, rendered: lookUp('render', key, readEntry) }
}

/** Keeps a rendering for the next build. */
export function storeRender(key: string, rendered: RenderedSource): void {
  store('render', key, rendered, (value) => JSON.stringify(value))
}

/** The hash of everything a rendered source depends on. */
export function renderKey(code: string, source: Source, inputs: AnnotationInputs, options: RenderOptions): string {
  const hash = createHash('sha256')
  hash.update(code)
  hash.update(JSON.stringify(options))
  hash.update(JSON.stringify(source.blocks))
  hash.update(JSON.stringify([...inputs.topicLinks]))
  hash.update(JSON.stringify(inputs.marks))
  hash.update(JSON.stringify([...inputs.notes], dropPositions))
  return hash.digest('base64url').slice(0, 32)
}

/** Source positions in the analyst's MDX do not change the markup: a note moved in its file keeps its entry. */
function dropPositions(key: string, value: unknown): unknown {
  return key === 'position' ? undefined : value
}

/** A cached entry, or null when it is not a rendered source. */
function readEntry(bytes: Buffer): RenderedSource | null {
  const entry = JSON.parse(bytes.toString('utf8')) as Partial<RenderedSource>
  return typeof entry.titleHtml === 'string' && typeof entry.bodyHtml === 'string' ? { titleHtml: entry.titleHtml, bodyHtml: entry.bodyHtml } : null
}
