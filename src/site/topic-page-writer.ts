import { mkdirSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { buildCacheState } from '../cache/build-cache.ts'
import { BoundedWrites } from './bounded-writes.ts'
import type { Dossier } from './dossier.ts'
import { sentenceKey } from './dossier-index.ts'
import { takeFrame } from './page-frame.ts'
import { keptFile, readPagesRecord, writePagesRecord, type PagesRecord, type WrittenPages } from './page-record.ts'
import { curatedOf, topicPageKey, topicView } from './page-keys.ts'
import { topicPage } from './paths.ts'
import { indexLookups, topicPageFile, type TopicPageJob } from './topic-page-file.ts'
import { topicPageInput } from './topic-page-html.ts'
import type { TopicPagesReply, TopicPagesRequest } from './topic-page-worker.ts'
import { mentionPages, topicPageSlug } from './topic-pages.ts'
import { WORKER_LIMITS } from './worker-heap.ts'
import type { Topic } from '../model.ts'

/**
 * Topic pages written without Astro. A 10,000-article dossier has some 26,000 topic pages, and
 * Astro's own work for a page (rendering, the response, its log line, a second copy for its
 * incremental build) cost more than their markup: Astro took 43 and 57 s for them in two builds,
 * this writer 26–31 s alone and 20–22 s with its worker, in the same hour. So the topic route renders just
 * one page with tokens in it, the frame (src/site/page-frame.ts), plus the curated topics, whose
 * notes are MDX; at the build's end (src/integrations/topic-pages.ts) every other topic page is the
 * frame filled with `topicPageHtml`, the same markup the route renders. `DOSSIER_TOPIC_PAGES=astro`
 * has Astro render them all, as `astro dev` does.
 *
 * From a thousand pages to write, every other one is sent, as plain data with the labels and
 * sentence texts it shows, to a worker thread (src/site/topic-page-worker.ts), which writes them
 * while this thread writes the rest; should the worker fail, this thread writes its pages too.
 * `DOSSIER_TOPIC_WORKER=off|on|only` overrides that (`only`: the worker writes them all).
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
const holder = globalThis as { [OUTPUT]?: Output | null; [REPORT]?: WrittenPages | null }

/** Where this build writes its topic pages at its end (set when a build starts; null: Astro renders them all). */
export function setTopicOutput(folder: string | null, env: NodeJS.ProcessEnv = process.env): void {
  holder[OUTPUT] = folder === null || env['DOSSIER_TOPIC_PAGES'] === 'astro' ? null : { generation: buildCacheState().generation, folder }
  holder[REPORT] = null
}

/**
 * Whether this build's end writes this dossier's topic pages (see above); otherwise the route renders
 * them all: in `astro dev`, with `DOSSIER_TOPIC_PAGES=astro`, or should a topic's slug be the frame's.
 */
export function topicPagesWrittenAtEnd(dossier: Dossier): boolean {
  return holder[OUTPUT]?.generation === buildCacheState().generation && !dossier.analysis.topics.some((topic) => topic.slug === FRAME_SLUG)
}

/** Whether the route renders this topic's pages even when the others are written at the end: a curated topic's notes are MDX. */
export function renderedByAstro(topic: Topic, dossier: Dossier): boolean {
  return curatedOf(topic, dossier) !== undefined
}

/** What this build's writer did, or null when it wrote no topic pages. */
export function topicPagesReport(): WrittenPages | null {
  return holder[REPORT] ?? null
}

/** A topic page's description: its summary, or what it lists. */
export function topicDescription(topic: Topic): string {
  return topic.summary ?? `${topic.name}: every mention in the dossier`
}

/**
 * Writes the topic pages the route left out into `folder`, filling the frame page it rendered
 * (which is then removed); `cacheFolder` holds the record of keys (null: no cache, every page written).
 */
export async function writeTopicPages(dossier: Dossier, folder: string, cacheFolder: string | null, env: NodeJS.ProcessEnv = process.env): Promise<WrittenPages> {
  const { frame, hash: frameHash } = takeFrame(join(folder, topicPage(FRAME_SLUG)))
  const recordPath = cacheFolder === null ? null : join(cacheFolder, RECORD)
  const last = recordPath === null ? null : readPagesRecord(recordPath, frameHash)
  const keys: PagesRecord['keys'] = {}
  const report: WrittenPages = { written: [], kept: [], inWorker: 0 }
  // Written by libuv's threads, a few at a time, while this thread makes the next pages.
  const files = new BoundedWrites(16)
  mkdirSync(join(folder, 'topics'), { recursive: true })
  const jobs: TopicPageJob[] = []
  for (const topic of dossier.analysis.topics) {
    if (renderedByAstro(topic, dossier)) continue
    const pages = mentionPages(topic)
    for (const [i, mentions] of pages.entries()) {
      const path = topicPage(topicPageSlug(topic.slug, i + 1))
      const key = recordPath === null ? undefined : topicPageKey(dossier, topic, mentions, i + 1, pages.length)
      if (key !== undefined) keys[path] = key
      const before = keptFile(last, path, key)
      if (before) {
        // Left in place, or copied from the last build's output folder when this build writes to another.
        if (last!.folder !== folder) await files.add(() => copyFile(before, join(folder, path)))
        report.kept.push(path)
        continue
      }
      jobs.push({ path, title: topic.name, description: topicDescription(topic), input: topicPageInput(topic, mentions, i + 1, pages.length, topicView(topic, dossier)) })
    }
  }
  const lookups = indexLookups(dossier.index)
  const writeHere = async (job: TopicPageJob) => {
    const html = topicPageFile(frame, job, lookups)
    await files.add(() => writeFile(join(folder, job.path), html))
  }
  // Every other page (or every one, or none) goes to a worker thread, which writes them while this thread writes the rest.
  const every = workerEvery(jobs.length, env)
  const toWorker = every === 0 ? [] : jobs.filter((_, i) => i % every === 0)
  const worker = toWorker.length > 0 ? startWorker({ folder, frame, jobs: toWorker, ...tablesFor(toWorker, dossier) }) : null
  for (const job of every === 0 ? jobs : jobs.filter((_, i) => i % every !== 0)) await writeHere(job)
  if (worker) {
    const done = await worker.catch((error: Error) => error)
    // A worker that could not finish: its pages are written here (again, for those it wrote).
    if (done instanceof Error) for (const job of toWorker) await writeHere(job)
    else report.inWorker = done
  }
  await files.done()
  report.written.push(...jobs.map((job) => job.path))
  if (recordPath !== null) writePagesRecord(recordPath, { folder, frame: frameHash, keys })
  holder[REPORT] = report
  return report
}

/** Which pages a worker writes: every `n`th (0: none). Below a thousand pages, starting a worker costs more than it saves. */
function workerEvery(pages: number, env: NodeJS.ProcessEnv): number {
  const setting = env['DOSSIER_TOPIC_WORKER']
  if (setting === 'off' || !buildCacheState().root) return 0
  if (setting === 'only') return 1
  return setting === 'on' || pages >= 1000 ? 2 : 0
}

/** The labels and sentence texts the jobs look up, as lists: what a worker is sent with them. */
function tablesFor(jobs: readonly TopicPageJob[], dossier: Dossier): Pick<TopicPagesRequest, 'labels' | 'sentences'> {
  const { labelOf, textOf } = indexLookups(dossier.index)
  const labels = new Map<string, string>()
  const texts = new Map<string, string>()
  const label = (source: string) => labels.has(source) || labels.set(source, labelOf(source))
  for (const { input } of jobs) {
    for (const mention of input.mentions) {
      label(mention.source)
      const key = sentenceKey(mention.source, mention.sentence)
      if (!texts.has(key)) texts.set(key, textOf(mention.source, mention.sentence))
    }
    for (const { source } of input.counts) label(source)
    for (const quote of input.quotes) for (const { source } of quote.occurrences) label(source)
    for (const { source } of input.figures) label(source)
  }
  return { labels: [...labels], sentences: { keys: [...texts.keys()], texts: [...texts.values()] } }
}

/** Starts a worker on a request; resolves with how many pages it wrote, rejects when it fails or cannot start. */
function startWorker(request: TopicPagesRequest): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    // No inherited Node flags (see render-ahead.ts).
    const worker = new Worker(new URL('src/site/topic-page-worker.ts', buildCacheState().root!), { execArgv: [], resourceLimits: WORKER_LIMITS })
    worker.once('message', (reply: TopicPagesReply) => {
      void worker.terminate()
      if ('error' in reply) reject(new Error(`topic pages worker: ${reply.error}`))
      else resolve(reply.written)
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`topic pages worker: stopped (exit code ${code}) before it answered`)))
    worker.postMessage(request)
  })
}
