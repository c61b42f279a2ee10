import { mkdirSync, rmSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildCacheState } from '../cache/build-cache.ts'
import { BoundedWrites } from './bounded-writes.ts'
import type { Dossier } from './dossier.ts'
import { sentenceKey } from './dossier-index.ts'
import { frameHash, parseFrame, takeFrame, type PageFrame } from './page-frame.ts'
import { keptFile, readPagesRecord, writePagesRecord, type LastRecord, type PagesRecord, type WrittenPages } from './page-record.ts'
import { curatedOf, keysOn, siteKeyText, sourceDigest, topicView } from './page-keys.ts'
import { topicPage } from './paths.ts'
import { searchIndexSettled } from './search-index-job.ts'
import { TopicPageChannel } from './topic-page-channel.ts'
import { indexLookups, sourcesOfPage, topicPageFile, topicPageFileKey, type TopicPageJob, type TopicPageLookups } from './topic-page-file.ts'
import { topicPageInput } from './topic-page-html.ts'
import type { TopicPagesRequest } from './topic-page-worker.ts'
import { MENTIONS_PER_PAGE, mentionPages, topicPageSlug } from './topic-pages.ts'
import type { Topic } from '../model.ts'

/**
 * Topic pages written without Astro. A 10,000-article dossier has some 26,000 topic pages, and
 * Astro's own work for a page (rendering, the response, its log line, a second copy for its
 * incremental build) cost more than their markup: Astro took 43 and 57 s for them in two builds,
 * this writer 26–31 s alone and 20–22 s with its worker, in the same hour. So the topic route renders just
 * one page with tokens in it, the frame (src/site/page-frame.ts), plus the curated topics, whose
 * notes are MDX; every other topic page is the frame filled with `topicPageHtml`, the same markup
 * the route renders. `DOSSIER_TOPIC_PAGES=astro` has Astro render them all, as `astro dev` does.
 *
 * From a thousand pages, a worker thread (src/site/topic-page-worker.ts) writes them, and starts as
 * soon as the frame is rendered (`startTopicPages`, called by src/middleware.ts): while Astro
 * renders the pages after it on this thread, this thread prepares chunks of CHUNK_PAGES pages
 * between them, as plain data with the labels and sentence texts they show, each when the worker is
 * ready for it. At the build's end (src/integrations/topic-pages.ts), the rest is prepared at once:
 * a chunk goes to the worker when it has fewer than WORKER_AHEAD chunks to write, else this thread
 * writes it. Should the worker fail, this thread writes what it had not answered for. Fewer pages
 * are all written here at the end. `DOSSIER_TOPIC_WORKER=off|on|only` overrides that (`only`: the
 * worker writes them all); `DOSSIER_TOPIC_CHUNK` sets the pages in a chunk (for tests).
 *
 * Rebuilds: each page's key (`topicPageFileKey`: the job's data and the digests of the sources it
 * looks up) is recorded in the cache folder with a hash of the frame and the output folder. A page
 * whose key and frame are unchanged, and whose file was not written since the record, is left as it
 * is, or copied when this build writes to another output folder (from the last one, if it is still
 * there). With no record to compare with, the keys are made by whichever thread writes the page:
 * in a profiled 10,000-article build, the keys as the route made them took 4.2 s of this thread.
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
  /** The cache folder, for the record of keys while the build cache is on. */
  cacheFolder: string
}

const OUTPUT = Symbol.for('dossier.topic-output')
const REPORT = Symbol.for('dossier.topic-pages')
const holder = globalThis as { [OUTPUT]?: Output | null; [REPORT]?: TopicPagesReport | null }

/** What the writer did: the pages written and kept, and whether it began as the frame was rendered (`startTopicPages`) or at the build's end. */
export interface TopicPagesReport extends WrittenPages {
  begunWithFrame: boolean
}

/** Where this build writes its topic pages, and its cache folder (set when a build starts; null: Astro renders them all). */
export function setTopicOutput(folder: string | null, cacheFolder: string, env: NodeJS.ProcessEnv = process.env): void {
  holder[OUTPUT] = folder === null || env['DOSSIER_TOPIC_PAGES'] === 'astro' ? null : { generation: buildCacheState().generation, folder, cacheFolder }
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
export function topicPagesReport(): TopicPagesReport | null {
  return holder[REPORT] ?? null
}

/** A topic page's description: its summary, or what it lists. */
export function topicDescription(topic: Topic): string {
  return topic.summary ?? `${topic.name}: every mention in the dossier`
}

/** Pages prepared and handed on at once: to the worker, or written here. */
const CHUNK_PAGES = 400

/** Chunks the worker is given ahead: one to write, one waiting, so that it never waits for this thread. */
const WORKER_AHEAD = 2

/** This build's topic pages under way: prepared here a chunk at a time, written by the worker or here. */
interface Run {
  generation: number
  folder: string
  frame: PageFrame
  frameHash: string
  recordPath: string | null
  /** The site as the pages' keys hold it, while keys are recorded (`topicPageFileKey`); else null. */
  site: string | null
  digestOf: (source: string) => string
  keys: PagesRecord['keys']
  report: TopicPagesReport
  files: BoundedWrites
  lookups: TopicPageLookups
  /** What the worker is given: every chunk, the chunks it is ready for, or none. */
  share: 'all' | 'some' | 'none'
  channel: TopicPageChannel | null
  /** Set by the build's end: from then on no chunk waits for the worker to be ready, this thread writes it instead. */
  finishing: boolean
  /** Settles when `finishing` is set. */
  finished: Promise<void>
  finish: () => void
  /** The chunks being prepared and handed on; settles when all are. */
  handedOn: Promise<void>
  chunksSent: number
}

const RUN = Symbol.for('dossier.topic-run')
const runHolder = globalThis as { [RUN]?: Run | null }

/**
 * Starts writing this build's topic pages as soon as the frame is rendered (`frameHtml`, by the
 * middleware, src/middleware.ts), so that the worker writes them while Astro renders the pages
 * after it (the printed volumes, the ledgers) on this thread; the chunks are prepared here between
 * those pages, each when the worker is about to need it. Only when a worker writes pages: without
 * one, everything waits for the build's end, where it costs the same.
 */
export function startTopicPages(dossier: Dossier, frameHtml: string, env: NodeJS.ProcessEnv = process.env): void {
  const output = holder[OUTPUT]
  if (!output || !topicPagesWrittenAtEnd(dossier) || runHolder[RUN]?.generation === output.generation) return
  const share = workerShare(pageCount(dossier), env)
  if (share === 'none') return
  runHolder[RUN] = startRun(dossier, output.folder, keysOn() ? output.cacheFolder : null, parseFrame(frameHtml), frameHash(frameHtml), share, env)
}

/**
 * Writes the topic pages the route left out into `folder`, filling the frame page it rendered
 * (which is then removed): finishes what `startTopicPages` began, or does it all now. `cacheFolder`
 * holds the record of keys (null: no cache, every page written).
 */
export async function writeTopicPages(dossier: Dossier, folder: string, cacheFolder: string | null, env: NodeJS.ProcessEnv = process.env): Promise<TopicPagesReport> {
  const framePath = join(folder, topicPage(FRAME_SLUG))
  let run = runHolder[RUN]
  runHolder[RUN] = null
  if (run && (run.generation !== buildCacheState().generation || run.folder !== folder)) {
    run.finish()
    await run.handedOn.catch(() => {})
    await run.channel?.close()
    run = null
  }
  if (run) rmSync(framePath, { force: true })
  else {
    const { frame, hash } = takeFrame(framePath)
    run = startRun(dossier, folder, cacheFolder, frame, hash, workerShare(pageCount(dossier), env), env)
    run.report.begunWithFrame = false
  }
  run.finish()
  await run.handedOn
  // A worker that could not finish: its pages are written here (again, for those it wrote before it failed).
  const unwritten = run.channel ? await run.channel.close() : []
  for (const [path, key] of run.channel?.keys ?? []) run.keys[path] = key
  for (const job of unwritten) await writeHere(run, job)
  await run.files.done()
  run.report.inWorker = run.channel?.written ?? 0
  if (run.recordPath !== null) writePagesRecord(run.recordPath, { folder, frame: run.frameHash, keys: run.keys })
  holder[REPORT] = run.report
  return run.report
}

function startRun(dossier: Dossier, folder: string, cacheFolder: string | null, frame: PageFrame, frameHash: string, share: Run['share'], env: NodeJS.ProcessEnv): Run {
  const recordPath = cacheFolder === null ? null : join(cacheFolder, RECORD)
  mkdirSync(join(folder, 'topics'), { recursive: true })
  const run: Run = {
    generation: buildCacheState().generation,
    folder,
    frame,
    frameHash,
    recordPath,
    site: recordPath === null ? null : siteKeyText(dossier),
    digestOf: (source) => {
      const found = dossier.index.sourceById.get(source)
      return found ? sourceDigest(found) : ''
    },
    keys: {},
    report: { written: [], kept: [], inWorker: 0, begunWithFrame: true },
    // Written by libuv's threads, a few at a time, while this thread makes the next pages.
    files: new BoundedWrites(16),
    lookups: indexLookups(dossier.index),
    share,
    channel: null,
    finishing: false,
    finished: Promise.resolve(),
    finish: () => {},
    handedOn: Promise.resolve(),
    chunksSent: 0,
  }
  run.finished = new Promise((resolve) => {
    run.finish = () => {
      run.finishing = true
      run.channel?.wake()
      resolve()
    }
  })
  const size = Number(env['DOSSIER_TOPIC_CHUNK']) || CHUNK_PAGES
  const last = recordPath === null ? null : readPagesRecord(recordPath, frameHash)
  run.handedOn = handOn(run, jobChunks(run, dossier, last, size))
  // Awaited by the build's end; until then a failure is not an unhandled rejection.
  run.handedOn.catch(() => {})
  return run
}

/** Every topic page the route left out, a chunk of jobs at a time; pages unchanged since the last build are kept, not yielded. */
async function* jobChunks(run: Run, dossier: Dossier, last: LastRecord | null, size: number): AsyncGenerator<TopicPageJob[]> {
  let chunk: TopicPageJob[] = []
  for (const topic of dossier.analysis.topics) {
    if (renderedByAstro(topic, dossier)) continue
    const pages = mentionPages(topic)
    for (const [i, mentions] of pages.entries()) {
      const path = topicPage(topicPageSlug(topic.slug, i + 1))
      const job: TopicPageJob = { path, title: topic.name, description: topicDescription(topic), input: topicPageInput(topic, mentions, i + 1, pages.length, topicView(topic, dossier)) }
      // With a record to compare with, the key is made here; otherwise by whichever thread writes the page (`writeHere`, the worker).
      if (last !== null && run.site !== null) {
        job.key = run.keys[path] = topicPageFileKey(run.site, job, run.digestOf)
        const before = keptFile(last, path, job.key)
        if (before) {
          // Left in place, or copied from the last build's output folder when this build writes to another.
          if (last.folder !== run.folder) await run.files.add(() => copyFile(before, join(run.folder, path)))
          run.report.kept.push(path)
          continue
        }
      }
      run.report.written.push(path)
      chunk.push(job)
      if (chunk.length >= size) {
        yield chunk
        chunk = []
      }
    }
  }
  if (chunk.length > 0) yield chunk
}

/**
 * Prepares the chunks and hands each on: to the worker when it is ready for it (before the build's
 * end, the next chunk is prepared only then, between Astro's pages), else written here.
 */
async function handOn(run: Run, chunks: AsyncGenerator<TopicPageJob[]>): Promise<void> {
  // One worker at a time beside the pages: the search files' first, then this one, which grows into the memory that
  // one left. At 10,000 articles, builds with both at once peaked at 2,051 and 2,066 MiB; one with them in turn at 1,930.
  await Promise.race([searchIndexSettled(), run.finished])
  for (;;) {
    if (!run.finishing && run.channel) {
      await run.channel.whenFewerThan(WORKER_AHEAD)
      // A turn for the page Astro is rendering.
      await new Promise((resolve) => setImmediate(resolve))
    }
    const next = await chunks.next()
    if (next.done) return
    const jobs = next.value
    const toWorker = run.share === 'all' || (run.share === 'some' && (!run.finishing || (run.channel?.queued ?? 0) < WORKER_AHEAD))
    if (toWorker && channelOf(run).send({ chunk: run.chunksSent++, folder: run.folder, frame: run.frame, jobs, ...tablesFor(jobs, run) })) continue
    for (const job of jobs) await writeHere(run, job)
  }
}

/** The run's worker, started with its first chunk. */
function channelOf(run: Run): TopicPageChannel {
  run.channel ??= new TopicPageChannel(new URL('src/site/topic-page-worker.ts', buildCacheState().root!))
  return run.channel
}

async function writeHere(run: Run, job: TopicPageJob): Promise<void> {
  if (run.site !== null && job.key === undefined) run.keys[job.path] = topicPageFileKey(run.site, job, run.digestOf)
  const html = topicPageFile(run.frame, job, run.lookups)
  await run.files.add(() => writeFile(join(run.folder, job.path), html))
}

/** The topic pages the route leaves out, at most: one per MENTIONS_PER_PAGE mentions of each topic. */
function pageCount(dossier: Dossier): number {
  let pages = 0
  for (const topic of dossier.analysis.topics) pages += Math.max(1, Math.ceil(topic.mentions.length / MENTIONS_PER_PAGE))
  return pages
}

/**
 * What a worker writes: every chunk (`only`), the chunks it is ready for (from a thousand pages, or
 * `on`), or none (fewer pages, `off`, or no project root to load it from). Below a thousand pages,
 * starting a worker costs more than it saves.
 */
function workerShare(pages: number, env: NodeJS.ProcessEnv): Run['share'] {
  const setting = env['DOSSIER_TOPIC_WORKER']
  if (setting === 'off' || !buildCacheState().root) return 'none'
  if (setting === 'only') return 'all'
  return setting === 'on' || pages >= 1000 ? 'some' : 'none'
}

/** The labels and sentence texts the jobs look up, as lists, and what the worker makes keys of: what it is sent with them. */
function tablesFor(jobs: readonly TopicPageJob[], { lookups: { labelOf, textOf }, site, digestOf }: Run): Pick<TopicPagesRequest, 'labels' | 'sentences' | 'site' | 'digests'> {
  const labels = new Map<string, string>()
  const texts = new Map<string, string>()
  const label = (source: string) => labels.has(source) || labels.set(source, labelOf(source))
  for (const { input } of jobs) {
    for (const source of sourcesOfPage(input)) label(source)
    for (const mention of input.mentions) {
      const key = sentenceKey(mention.source, mention.sentence)
      if (!texts.has(key)) texts.set(key, textOf(mention.source, mention.sentence))
    }
  }
  const digests = site === null ? [] : [...labels.keys()].map((source): [string, string] => [source, digestOf(source)])
  return { labels: [...labels], sentences: { keys: [...texts.keys()], texts: [...texts.values()] }, site, digests }
}
