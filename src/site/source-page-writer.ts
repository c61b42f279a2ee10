import { mkdirSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RenderedSource } from '../annotate/render-source.ts'
import type { Source } from '../model.ts'
import { buildCacheState } from '../cache/build-cache.ts'
import type { AnnotationInputs } from './source-annotations.ts'
import { annotatesAny } from './analyst-content-pages.ts'
import { BoundedWrites } from './bounded-writes.ts'
import type { Dossier } from './dossier.ts'
import { fillFrame } from './page-frame.ts'
import { sourcePageKey } from './page-keys.ts'
import { keptFile, readPagesRecord, takeFrame, writePagesRecord, type PagesRecord, type WrittenPages } from './page-record.ts'
import { sourcePage } from './paths.ts'
import { ownPageInputs, renderAheadOfSources, type RenderJob } from './render-ahead.ts'
import { leadOf } from './source-facts.ts'
import { sourcePageHtml, sourcePageInput } from './source-page-html.ts'

/**
 * Source pages written without Astro, as the topic pages are (src/site/topic-page-writer.ts). Astro's
 * own work for a page (rendering the route, the response and its encoding, a folder made for each
 * file, its log line) came to about half of the main thread's time on the source pages. So the route
 * renders one page with tokens in it, the frame (src/site/page-frame.ts), plus the pages of
 * the sources the analyst annotated (their notes are MDX, with URLs the relative-URL pass rewrites);
 * at the build's end (src/integrations/source-pages.ts) every other source page is the frame filled
 * with `sourcePageHtml`, the same markup the route renders, around the source's annotated text
 * rendered as the route renders it. The texts are rendered CHUNK at a time, shared with a worker thread
 * (src/site/render-ahead.ts, `renderShared`): while the worker renders a chunk, this thread writes the
 * last chunk's pages, then renders what the worker has not started on. `DOSSIER_SOURCE_PAGES=astro`
 * has Astro render them all, as `astro dev` does.
 *
 * Measured at 10,000 articles, back to back: 118.5 s and 182 s of CPU for the build against 160.9 s and
 * 253 s with Astro writing the source pages; at 1,000, 2.7 s at the build's end for the source pages.
 *
 * A page's annotation inputs are computed once, for its rendering and its key together (with the
 * pages in Astro, the key and the rendering each computed them). Rebuilds keep unchanged pages by the
 * record of src/site/page-record.ts.
 *
 * Global state, because the integration and the pages are loaded as separate module instances.
 */

/** The frame's page: not a source's, for a source's id begins with a letter or a digit (src/ingest/source-id.ts). */
export const SOURCE_FRAME_ID = '--frame'

/** The record of the pages written, in the cache folder. */
const RECORD = 'dossier-source-pages.json'

/** Sources rendered at once, shared between this thread and the worker. */
const CHUNK = 32

const OUTPUT = Symbol.for('dossier.source-output')
const REPORT = Symbol.for('dossier.source-pages')
const holder = globalThis as { [OUTPUT]?: { generation: number } | null; [REPORT]?: WrittenPages | null }

/** Whether this build writes its source pages at its end (set when a build starts, unless DOSSIER_SOURCE_PAGES=astro). */
export function setSourceOutput(on: boolean, env: NodeJS.ProcessEnv = process.env): void {
  holder[OUTPUT] = on && env['DOSSIER_SOURCE_PAGES'] !== 'astro' ? { generation: buildCacheState().generation } : null
  holder[REPORT] = null
}

/** Whether this build's end writes this dossier's source pages; otherwise the route renders them all (`astro dev`, DOSSIER_SOURCE_PAGES=astro). */
export function sourcePagesWrittenAtEnd(dossier: Dossier): boolean {
  return holder[OUTPUT]?.generation === buildCacheState().generation && !dossier.sources.some((source) => source.article.id === SOURCE_FRAME_ID)
}

/** Whether the route renders this source's page even when the others are written at the end: the analyst annotated it. */
export function sourceRenderedByAstro(source: Source, dossier: Dossier): boolean {
  return annotatesAny(dossier.annotations, [source.article.id])
}

/** What this build's writer did, or null when it wrote no source pages. */
export function sourcePagesReport(): WrittenPages | null {
  return holder[REPORT] ?? null
}

/** A source page's description: the article's standfirst, else its first sentence, else its title. */
export function sourceDescription(source: Source): string {
  return source.article.standfirst || leadOf(source) || source.article.title
}

/**
 * Writes the source pages the route left out into `folder`, filling the frame page it rendered (which
 * is then removed); `cacheFolder` holds the record of keys (null: no cache, every page written).
 */
export async function writeSourcePages(dossier: Dossier, folder: string, cacheFolder: string | null): Promise<WrittenPages> {
  const { frame, hash } = takeFrame(join(folder, sourcePage(SOURCE_FRAME_ID)))
  const recordPath = cacheFolder === null ? null : join(cacheFolder, RECORD)
  const last = recordPath === null ? null : readPagesRecord(recordPath, hash)
  const keys: PagesRecord['keys'] = {}
  const report: WrittenPages = { written: [], kept: [], inWorker: 0 }
  const files = new BoundedWrites(16)
  mkdirSync(join(folder, 'sources'), { recursive: true })
  const { sources } = dossier
  const neighbours = new Map(sources.map((source, i) => [source.article.id, { previous: sources[i - 1] ?? null, next: sources[i + 1] ?? null }]))
  const keyOf = (source: Source, inputs?: AnnotationInputs) => {
    const { previous, next } = neighbours.get(source.article.id)!
    return sourcePageKey(dossier, source, previous, next, inputs)
  }
  // With a record to compare with, every page's key first; without one, each key from the inputs its page is rendered with.
  const toWrite: Source[] = []
  for (const source of sources) {
    if (sourceRenderedByAstro(source, dossier)) continue
    const path = sourcePage(source.article.id)
    if (!last) {
      toWrite.push(source)
      continue
    }
    const key = keyOf(source)
    if (key !== undefined) keys[path] = key
    const before = keptFile(last, path, key)
    if (!before) {
      toWrite.push(source)
      continue
    }
    if (last.folder !== folder) await files.add(() => copyFile(before, join(folder, path)))
    report.kept.push(path)
  }
  // Each page's inputs serve its rendering and, without a record, its key.
  const jobOf = (source: Source): RenderJob => {
    const inputs = ownPageInputs(source, dossier)
    const path = sourcePage(source.article.id)
    if (recordPath !== null && !(path in keys)) {
      const key = keyOf(source, inputs)
      if (key !== undefined) keys[path] = key
    }
    return { source, inputs, options: {}, cached: false }
  }
  const ahead = renderAheadOfSources(toWrite, (source) => ownPageInputs(source, dossier))
  const writePages = async (chunk: readonly Source[], rendered: readonly RenderedSource[]) => {
    for (const [k, source] of chunk.entries()) {
      const { previous, next } = neighbours.get(source.article.id)!
      const html = fillFrame(frame, { title: source.article.title, description: sourceDescription(source), main: sourcePageHtml(sourcePageInput(source, dossier, previous, next), rendered[k]!) })
      const path = sourcePage(source.article.id)
      await files.add(() => writeFile(join(folder, path), html))
      report.written.push(path)
    }
  }
  try {
    // A few sources at a time go to the worker; this thread writes the last few's pages meanwhile, then renders those of
    // the few the worker has not started on.
    let last: { chunk: Source[]; rendered: RenderedSource[] } | null = null
    for (let from = 0; from < toWrite.length; from += CHUNK) {
      const chunk = toWrite.slice(from, from + CHUNK)
      const before = last
      const rendered = await ahead.renderShared(chunk.map(jobOf), () => (before ? writePages(before.chunk, before.rendered) : undefined))
      last = { chunk, rendered }
    }
    if (last) await writePages(last.chunk, last.rendered)
  } finally {
    report.inWorker = ahead.renderedInWorker
    await ahead.close()
  }
  await files.done()
  if (recordPath !== null) writePagesRecord(recordPath, { folder, frame: hash, keys })
  holder[REPORT] = report
  return report
}
