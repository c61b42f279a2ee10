import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderSource, type RenderOptions, type RenderedSource } from '../annotate/render-source.ts'
import type { Source } from '../model.ts'
import { toSourceAnnotations, type AnnotationInputs } from './source-annotations.ts'

/**
 * Rendered sources kept between builds, keyed by a hash of everything the rendering reads: the
 * source's blocks, its annotations as data (topic links, marks, notes with the other sources'
 * passages, hrefs and discrepancies), the options and the code that renders. A rebuild after one
 * article changed or was added renders only the sources whose text or notes changed; the rest are
 * read back. The integration in src/integrations/render-cache.ts says where the cache lives (or that
 * there is none), and removes the entries a build did not use.
 */

/** What one build shares with its integration: where entries go, the code's hash, what was used. */
export interface RenderCacheState {
  folder: string | null
  code: string
  used: Set<string>
  hits: number
  misses: number
}

const STATE = Symbol.for('dossier.render-cache')

/** The state of this build (global: the integration and the pages are loaded as separate module instances). */
export function renderCacheState(): RenderCacheState {
  const holder = globalThis as { [STATE]?: RenderCacheState }
  holder[STATE] ??= { folder: null, code: '', used: new Set(), hits: 0, misses: 0 }
  return holder[STATE]
}

/** Starts a build's cache in `folder` (null: no cache) for code with hash `code`. */
export function startRenderCache(folder: string | null, code: string): RenderCacheState {
  const state = renderCacheState()
  Object.assign(state, { folder, code, used: new Set(), hits: 0, misses: 0 })
  if (folder) mkdirSync(folder, { recursive: true })
  return state
}

/** `renderSource` of the source with these annotations, from the cache when it holds the same inputs. */
export function renderSourceCached(source: Source, inputs: AnnotationInputs, options: RenderOptions = {}): RenderedSource {
  const state = renderCacheState()
  const render = () => renderSource(source, toSourceAnnotations(inputs), options)
  if (!state.folder) return render()
  const key = renderKey(state.code, source, inputs, options)
  const file = join(state.folder, `${key}.json`)
  state.used.add(`${key}.json`)
  const known = readEntry(file)
  if (known) {
    state.hits++
    return known
  }
  state.misses++
  const rendered = render()
  // Written aside and renamed, so that a build stopped midway never leaves half an entry.
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, JSON.stringify(rendered))
  renameSync(partial, file)
  return rendered
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

/** A cached entry, or null when there is none or it cannot be read. */
function readEntry(file: string): RenderedSource | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<RenderedSource>
    return typeof entry.titleHtml === 'string' && typeof entry.bodyHtml === 'string' ? { titleHtml: entry.titleHtml, bodyHtml: entry.bodyHtml } : null
  } catch {
    return null
  }
}
