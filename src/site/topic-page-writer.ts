import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildCacheState } from '../cache/build-cache.ts'
import { BoundedWrites } from './bounded-writes.ts'
import type { Dossier } from './dossier.ts'
import { labelOfSource, sentenceKey, type DossierIndex } from './dossier-index.ts'
import { fillFrame, parseFrame } from './page-frame.ts'
import { curatedOf, topicPageKey, topicView } from './page-keys.ts'
import { linkerFor, sentenceAnchor, sourcePage, topicPage } from './paths.ts'
import { topicPageHtml, type TopicPageLinks } from './topic-page-html.ts'
import { mentionPages, topicPageSlug } from './topic-pages.ts'
import type { Topic } from '../model.ts'

/**
 * Topic pages written without Astro. A 10,000-article dossier has some 26,000 topic pages, and
 * Astro's own work for a page (rendering, the response, its log line, a second copy for its
 * incremental build) was most of their cost: 39 s of a 178 s build. So the topic route renders just
 * one page with tokens in it, the frame (src/site/page-frame.ts), plus the curated topics, whose
 * notes are MDX; at the build's end (src/integrations/topic-pages.ts) every other topic page is the
 * frame filled with `topicPageHtml`, the same markup the route renders. `DOSSIER_TOPIC_PAGES=astro`
 * has Astro render them all, as `astro dev` does.
 *
 * Rebuilds: each page's key (`topicPageKey`, as the route's) is recorded in the cache folder with a
 * hash of the frame and the output folder. A page whose key and frame are unchanged, and whose file
 * was not written since the record, is left as it is, or copied when this build writes to another
 * output folder (from the last one, if it is still there).
 *
 * Global state, because the integration and the pages are loaded as separate module instances.
 */

/** The frame's page: not a topic's, for a topic's slug begins with a letter or a digit (`slugify`). */
export const FRAME_SLUG = '--frame'

/** The record of the pages written, in the cache folder. */
const RECORD = 'dossier-topic-pages.json'

interface Output {
  generation: number
  folder: string
}

const OUTPUT = Symbol.for('dossier.topic-output')
const REPORT = Symbol.for('dossier.topic-pages')
const holder = globalThis as { [OUTPUT]?: Output | null; [REPORT]?: WrittenTopicPages | null }

/** Where this build writes its topic pages at its end (set when a build starts; null: Astro renders them all). */
export function setTopicOutput(folder: string | null, env: NodeJS.ProcessEnv = process.env): void {
  holder[OUTPUT] = folder === null || env['DOSSIER_TOPIC_PAGES'] === 'astro' ? null : { generation: buildCacheState().generation, folder }
  holder[REPORT] = null
}

/** Whether this build's end writes the topic pages (see above); otherwise the route renders them all. */
export function topicPagesWrittenAtEnd(): boolean {
  return holder[OUTPUT]?.generation === buildCacheState().generation
}

/** Whether the route renders this topic's pages even when the others are written at the end: a curated topic's notes are MDX. */
export function renderedByAstro(topic: Topic, dossier: Dossier): boolean {
  return curatedOf(topic, dossier) !== undefined
}

/** What the writer did: pages written, pages left as they were (paths relative to the output folder). */
export interface WrittenTopicPages {
  written: string[]
  kept: string[]
}

/** What this build's writer did, or null when it wrote no topic pages. */
export function topicPagesReport(): WrittenTopicPages | null {
  return holder[REPORT] ?? null
}

/** The links of one topic page, relative to it. */
export function topicPageLinks(path: string, index: DossierIndex): TopicPageLinks {
  const link = linkerFor(path)
  return {
    link,
    labelOf: (id) => labelOfSource(index, id),
    sourceHref: (source) => link(sourcePage(source)),
    sentenceText: (span) => index.sentenceByKey.get(sentenceKey(span.source, span.sentence))?.text ?? '',
    sentenceHref: (span) => link(sentenceAnchor(span.source, span.sentence)),
  }
}

/** A topic page's description: its summary, or what it lists. */
export function topicDescription(topic: Topic): string {
  return topic.summary ?? `${topic.name}: every mention in the dossier`
}

interface TopicPagesRecord {
  folder: string
  frame: string
  keys: { [path: string]: string }
}

/**
 * Writes the topic pages the route left out into `folder`, filling the frame page it rendered
 * (which is then removed); `cacheFolder` holds the record of keys (null: no cache, every page written).
 */
export async function writeTopicPages(dossier: Dossier, folder: string, cacheFolder: string | null): Promise<WrittenTopicPages> {
  const framePath = join(folder, topicPage(FRAME_SLUG))
  const frameHtml = readFileSync(framePath, 'utf8')
  const frame = parseFrame(frameHtml)
  unlinkSync(framePath)
  const frameHash = createHash('sha1').update(frameHtml).digest('base64url')
  const recordPath = cacheFolder === null ? null : join(cacheFolder, RECORD)
  const last = recordPath === null ? null : readRecord(recordPath, frameHash)
  const keys: TopicPagesRecord['keys'] = {}
  const report: WrittenTopicPages = { written: [], kept: [] }
  // Written by libuv's threads, a few at a time, while this thread makes the next pages.
  const files = new BoundedWrites(16)
  mkdirSync(join(folder, 'topics'), { recursive: true })
  for (const topic of dossier.analysis.topics) {
    if (renderedByAstro(topic, dossier)) continue
    const pages = mentionPages(topic)
    for (const [i, mentions] of pages.entries()) {
      const path = topicPage(topicPageSlug(topic.slug, i + 1))
      const key = recordPath === null ? undefined : topicPageKey(dossier, topic, mentions, i + 1, pages.length)
      if (key !== undefined) keys[path] = key
      const before = last && key !== undefined && last.keys[path] === key ? join(last.folder, path) : null
      if (before && writtenBefore(before, last!.time)) {
        // Left in place, or copied from the last build's output folder when this build writes to another.
        if (last!.folder !== folder) await files.add(() => copyFile(before, join(folder, path)))
        report.kept.push(path)
        continue
      }
      const { top, rest } = topicPageHtml({ topic, mentions, pageNumber: i + 1, pageCount: pages.length, view: topicView(topic, dossier) }, topicPageLinks(path, dossier.index))
      const html = fillFrame(frame, { title: topic.name, description: topicDescription(topic), main: top + rest })
      await files.add(() => writeFile(join(folder, path), html))
      report.written.push(path)
    }
  }
  await files.done()
  // Written after the pages, so that its time is at least theirs.
  if (recordPath !== null) writeFileSync(recordPath, JSON.stringify({ folder, frame: frameHash, keys } satisfies TopicPagesRecord))
  holder[REPORT] = report
  return report
}

/** The last build's record, with its time, if it was for this frame. */
function readRecord(path: string, frame: string): (TopicPagesRecord & { time: number }) | null {
  try {
    const time = statSync(path).mtimeMs
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<TopicPagesRecord>
    // Gone until this build has written its pages: a build stopped midway leaves no record to trust.
    rmSync(path)
    if (typeof record.folder !== 'string' || record.frame !== frame || typeof record.keys !== 'object' || record.keys === null) return null
    return { folder: record.folder, frame, keys: record.keys, time }
  } catch {
    return null
  }
}

/** Whether the file is there and was last written no later than `time`. */
function writtenBefore(path: string, time: number): boolean {
  const stat = statSync(path, { throwIfNoEntry: false })
  return stat !== undefined && stat.mtimeMs <= time
}
