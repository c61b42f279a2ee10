import { createHash } from 'node:crypto'
import { renderSource, type RenderOptions, type RenderedSource } from '../annotate/render-source.ts'
import type { ElementContent } from 'hast'
import type { TopicLink } from '../annotate/rehype-topic-links.ts'
import type { SourceText } from '../annotate/source-to-hast.ts'
import { buildCacheState, lookUp, store } from '../cache/build-cache.ts'
import { toSourceAnnotations, type AnnotationInputs, type NoteInput } from './source-annotations.ts'

/**
 * Rendered sources kept between builds, keyed by a hash of everything the rendering reads: the
 * source's blocks, its annotations as data (topic links, marks, notes with the other sources'
 * passages, hrefs and discrepancies), the options and the code. The printed volumes use it (see
 * `RenderJob.cached` in render-ahead.ts): a volume rendered again because one of its hundred sources
 * changed renders that one and reads the rest back.
 */
export function renderSourceCached(source: SourceText, inputs: AnnotationInputs, options: RenderOptions = {}): RenderedSource {
  const { key, rendered } = lookUpRender(source, inputs, options)
  if (rendered) return rendered
  const made = renderSource(source, toSourceAnnotations(inputs), options)
  if (key) storeRender(key, made)
  return made
}

/** The cached rendering of a source with these inputs, if any, and the key to store one under (null: no cache). */
export function lookUpRender(source: SourceText, inputs: AnnotationInputs, options: RenderOptions = {}, payload?: string): { key: string | null; rendered: RenderedSource | null } {
  const state = buildCacheState()
  if (!state.folder) return { key: null, rendered: null }
  const key = `${renderKeyOf(state.code, payload ?? renderPayload(source, inputs), options)}.json`
  return { key, rendered: lookUp('render', key, readEntry) }
}

/** Keeps a rendering for the next build. */
export function storeRender(key: string, rendered: RenderedSource): void {
  store('render', key, rendered, (value) => JSON.stringify(value))
}

/** The hash of everything a rendered source depends on. */
export function renderKey(code: string, source: SourceText, inputs: AnnotationInputs, options: RenderOptions): string {
  return renderKeyOf(code, renderPayload(source, inputs), options)
}

/** The hash of the code, the options and a source's payload (`renderPayload`). */
export function renderKeyOf(code: string, payload: string, options: RenderOptions): string {
  return createHash('sha1').update(`${code}\u0000${JSON.stringify(options)}\u0000`).update(payload).digest('base64url').slice(0, 32)
}

/**
 * Everything a source's rendering reads, as one JSON text: the blocks with their sentences, the
 * topic links, the analyst's marks and the notes. The cache key hashes it, and the render worker is
 * sent it: one string is copied to another thread far faster than the same data as objects.
 */
export function renderPayload(source: SourceText, inputs: AnnotationInputs): string {
  return JSON.stringify({ blocks: source.blocks, ...annotationData(inputs) })
}

/** The annotation inputs as plain data, as `renderPayload` writes them (a page key covers them this way, the source by its digest). */
export function annotationData(inputs: AnnotationInputs) {
  return {
    topicLinks: [...inputs.topicLinks],
    marks: inputs.marks,
    notes: [...inputs.notes].map(([sentence, list]) => [sentence, list.map(withoutPositions)] as const),
  }
}

/** A source's text and annotation inputs back from `renderPayload`. */
export function fromRenderPayload(payload: string): { source: SourceText; inputs: AnnotationInputs } {
  const data = JSON.parse(payload) as { blocks: SourceText['blocks']; topicLinks: [string, TopicLink[]][]; marks: AnnotationInputs['marks']; notes: [string, NoteInput[]][] }
  return {
    // A source's sentences are its blocks' sentences, in order (model.ts).
    source: { blocks: data.blocks, sentences: data.blocks.flatMap((block) => block.sentences) },
    inputs: { topicLinks: new Map(data.topicLinks), marks: data.marks, notes: new Map(data.notes) },
  }
}

/**
 * Source positions in the analyst's MDX do not change the markup: a note moved in its file keeps
 * its entry. Only the analyst's notes carry them (cross-reference notes are plain data).
 */
export function withoutPositions(note: NoteInput): NoteInput {
  return note.kind === 'analyst' ? { ...note, content: note.content.map(stripPosition) } : note
}

function stripPosition<T extends ElementContent>(node: T): T {
  const { position: _position, ...rest } = node
  return ('children' in rest ? { ...rest, children: (rest.children as ElementContent[]).map(stripPosition) } : rest) as T
}

/** A cached entry, or null when it is not a rendered source. */
function readEntry(bytes: Buffer): RenderedSource | null {
  const entry = JSON.parse(bytes.toString('utf8')) as Partial<RenderedSource>
  return typeof entry.titleHtml === 'string' && typeof entry.bodyHtml === 'string' ? { titleHtml: entry.titleHtml, bodyHtml: entry.bodyHtml } : null
}
