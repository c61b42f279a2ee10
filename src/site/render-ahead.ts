import { Worker } from 'node:worker_threads'
import { renderSource, type RenderOptions, type RenderedSource } from '../annotate/render-source.ts'
import type { Source } from '../model.ts'
import { buildCacheState, oncePerBuild } from '../cache/build-cache.ts'
import type { Dossier } from './dossier.ts'
import { JobClaims } from './job-claims.ts'
import { pageTargets } from './link-targets.ts'
import { sourcePage } from './paths.ts'
import { lookUpRender, renderPayload, renderSourceCached, storeRender } from './render-cache.ts'
import { annotationInputsFor, toSourceAnnotations, type AnnotationInputs } from './source-annotations.ts'
import type { RenderRequest } from './render-worker.ts'
import { WORKER_LIMITS } from './worker-heap.ts'

/**
 * Source pages rendered ahead, in a worker thread, while the main thread writes the pages before
 * them. Astro writes pages one after the other on one thread; rendering a source (the annotation
 * pipeline and its HTML) is most of a source page's cost, so on a machine with a second core the
 * next sources are rendered there meanwhile. Rendering ahead starts only once pages are asked for in
 * order (a full build): a rebuild that asks for a few changed pages here and there renders just those.
 */

/** Options of `createRenderAhead`. */
export interface RenderAheadOptions {
  /** The sources, in the order their pages are built. */
  sources: readonly Source[]
  /** What the annotation pipeline draws on a source. */
  inputsFor: (source: Source) => AnnotationInputs
  /** The worker entry; null renders everything in this thread. */
  workerUrl: URL | null
  /** Sources rendered ahead at most. */
  window?: number
  /** Whether this thread renders the jobs the worker has not started on when they are needed (default true; `JobClaims`). */
  takeBack?: boolean
}

/** One source to render with its annotations and options (a printed volume's, say). */
export interface RenderJob {
  source: Source
  inputs: AnnotationInputs
  options: RenderOptions
  /**
   * Whether the rendering is kept in the build cache (render-cache.ts). A printed volume's sources
   * are: a volume is rendered again whenever one of its hundred sources changed. A source's own page
   * is not: when its rendering is unchanged, Astro copies the whole page from the last build.
   */
  cached: boolean
}

/** Renders sources by id, ahead of time when asked in order; `close()` stops the worker. */
export interface RenderAhead {
  render(id: string): Promise<RenderedSource>
  /** Renders many sources at once, shared between this thread and the worker; results in order. */
  renderAll(jobs: readonly RenderJob[]): Promise<RenderedSource[]>
  close(): Promise<void>
  /** How many sources the worker rendered (for tests and the log). */
  readonly renderedInWorker: number
}

/** A worker's answer: the rendering, an error, or that this thread took the job first (`taken`). */
interface RenderReply {
  job: number
  rendered?: RenderedSource
  error?: string
  taken?: true
}

/** Sources rendered ahead at once: enough to keep the worker busy, few enough to hold little memory. */
const WINDOW = 16

export function createRenderAhead(options: RenderAheadOptions): RenderAhead {
  const { sources, inputsFor, workerUrl } = options
  const window = options.window ?? WINDOW
  const positionOf = new Map(sources.map((source, i) => [source.article.id, i]))
  /** Source pages' renderings under way or done and not yet taken, by position. */
  const ahead = new Map<number, Running>()
  /** Jobs sent to the worker, by number, with what it takes to render them here if the worker dies. */
  const waiting = new Map<number, RenderJob & { key: string | null; resolve: (rendered: RenderedSource) => void; reject: (error: Error) => void }>()
  let worker: Worker | null = null
  // Who renders each job (`JobClaims`): a page asked for before the worker started on it is rendered here.
  const claims = new JobClaims(options.takeBack === false ? 0 : 2 * sources.length + 64)
  let workerFailed = workerUrl === null
  let jobs = 0
  let nextAhead = 0
  let lastAsked = -2
  let renderedInWorker = 0

  function startWorker(): Worker | null {
    if (worker || workerFailed) return worker
    try {
      // No inherited Node flags: a parent started with test-runner or `--input-type` flags would keep the entry from loading.
      worker = new Worker(workerUrl!, { execArgv: [], workerData: { claims: claims.shared }, resourceLimits: WORKER_LIMITS })
    } catch {
      workerFailed = true
      return null
    }
    worker.unref()
    worker.on('message', (reply: RenderReply) => {
      const job = waiting.get(reply.job)
      if (!job || reply.taken) return
      waiting.delete(reply.job)
      if (reply.error !== undefined || !reply.rendered) {
        job.reject(new Error(`render-ahead: the worker failed on ${job.source.article.id}: ${reply.error}`))
        return
      }
      renderedInWorker++
      countRenderedInWorker()
      if (job.key) storeRender(job.key, reply.rendered)
      job.resolve(reply.rendered)
      if (waiting.size === 0 && nextAhead >= sources.length) void close()
    })
    // A worker that cannot load its entry, or dies: what it had is rendered here instead.
    const fail = () => {
      workerFailed = true
      worker = null
      for (const job of waiting.values()) {
        try {
          job.resolve(renderHere(job))
        } catch (error) {
          job.reject(error as Error)
        }
      }
      waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (code !== 0 || waiting.size > 0) fail()
    })
    return worker
  }

  /** Renders a job: from the cache (when it is kept there), in the worker (`toWorker`, when there is one), or here. */
  function run(job: RenderJob, toWorker: boolean): Running {
    const { source, inputs, options } = job
    const thread = toWorker ? startWorker() : null
    if (!thread) return { done: Promise.resolve(renderHere(job)), job: null }
    const payload = renderPayload(source, inputs)
    const { key, rendered } = job.cached ? lookUpRender(source, inputs, options, payload) : { key: null, rendered: null }
    if (rendered) return { done: Promise.resolve(rendered), job: null }
    const number = jobs++
    const done = new Promise<RenderedSource>((resolve, reject) => {
      waiting.set(number, { ...job, key, resolve, reject })
      const request: RenderRequest = { job: number, payload, options }
      thread.postMessage(request)
    })
    return { done, job: number }
  }

  /** A job sent to the worker, rendered here instead if the worker has not started on it; its result either way. */
  function takeOrAwait(running: Running): Promise<RenderedSource> {
    const job = running.job === null ? undefined : waiting.get(running.job)
    if (job && claims.claimHere(running.job!)) {
      waiting.delete(running.job!)
      try {
        // Looked up in the cache already (`run`): rendered and kept as the worker's answer would be.
        const rendered = renderSource(job.source, toSourceAnnotations(job.inputs), job.options)
        if (job.key) storeRender(job.key, rendered)
        job.resolve(rendered)
      } catch (error) {
        job.reject(error as Error)
      }
    }
    return running.done
  }

  /** A source's own page: not kept in the cache. */
  function pageJob(source: Source): RenderJob {
    return { source, inputs: inputsFor(source), options: {}, cached: false }
  }

  function fillAhead(from: number): void {
    nextAhead = Math.max(nextAhead, from)
    while (nextAhead < sources.length && nextAhead <= from + window - 1) {
      const source = sources[nextAhead]!
      if (!ahead.has(nextAhead)) ahead.set(nextAhead, run(pageJob(source), true))
      nextAhead++
    }
  }

  async function close(): Promise<void> {
    const running = worker
    worker = null
    workerFailed = true
    if (running) await running.terminate()
  }

  return {
    render(id: string): Promise<RenderedSource> {
      const position = positionOf.get(id)
      if (position === undefined) throw new Error(`render-ahead: no source ${id}`)
      const inOrder = position === lastAsked + 1
      lastAsked = position
      const early = ahead.get(position)
      ahead.delete(position)
      // In order: the next sources start rendering now, in the worker, while this page is written.
      if (inOrder && !workerFailed) fillAhead(position + 1)
      if (early) return takeOrAwait(early)
      return Promise.resolve(renderHere(pageJob(sources[position]!)))
    },
    async renderAll(batch: readonly RenderJob[]): Promise<RenderedSource[]> {
      // The second half goes to the worker first, then this thread renders the first half meanwhile.
      const half = Math.ceil(batch.length / 2)
      const there = batch.slice(half).map((job) => run(job, true))
      const here = batch.slice(0, half).map(renderHere)
      // Then the worker's jobs it has not started on yet, here: from the last, as the worker goes from the first.
      for (let k = there.length - 1; k >= 0; k--) takeOrAwait(there[k]!)
      return [...here, ...(await Promise.all(there.map((running) => running.done)))]
    },
    close,
    get renderedInWorker() {
      return renderedInWorker
    },
  }
}

/** A job under way: its result, and its number when it went to the worker. */
interface Running {
  done: Promise<RenderedSource>
  job: number | null
}

/** Renders a job in this thread, through the cache when it is kept there. */
function renderHere(job: RenderJob): RenderedSource {
  return job.cached ? renderSourceCached(job.source, job.inputs, job.options) : renderSource(job.source, toSourceAnnotations(job.inputs), job.options)
}

/** Dossiers smaller than this render in the main thread: the worker's start (about 0.3 s) would cost more than it saves. */
export const WORKER_FROM_SOURCES = 150

/** The latest render-ahead of this process (global: each build loads the pages as a bundle of its own). */
const OPEN = Symbol.for('dossier.render-ahead.open')

/** The render-ahead of this build's dossier (DOSSIER_RENDER_WORKER=on|off|only overrides the size rule; `only` takes nothing back). */
const renderAheadOfBuild = oncePerBuild(() => {
  let made: { dossier: Dossier; ahead: RenderAhead } | null = null
  return (dossier: Dossier): RenderAhead => {
    if (made?.dossier === dossier) return made.ahead
    // A worker left by an earlier build of this process (tests, scripts) is stopped.
    const holder = globalThis as { [OPEN]?: RenderAhead }
    void holder[OPEN]?.close()
    const { root } = buildCacheState()
    const setting = process.env['DOSSIER_RENDER_WORKER']
    const useWorker = root !== null && setting !== 'off' && (setting === 'on' || setting === 'only' || dossier.sources.length >= WORKER_FROM_SOURCES)
    const ahead = createRenderAhead({
      sources: dossier.sources,
      inputsFor: (source) => annotationInputsFor(source, dossier.index, dossier.annotations, pageTargets(sourcePage(source.article.id))),
      workerUrl: useWorker ? new URL('src/site/render-worker.ts', root) : null,
      // `only`: what goes to the worker is rendered there (the build test that compares its bytes to this thread's).
      takeBack: setting !== 'only',
    })
    made = { dossier, ahead }
    holder[OPEN] = ahead
    return ahead
  }
})

/** Sources the worker rendered in this build, for the tests (global: the pages run in a bundle of their own). */
const COUNT = Symbol.for('dossier.render-ahead.count')

function countRenderedInWorker(): void {
  const holder = globalThis as { [COUNT]?: { generation: number; count: number } }
  const { generation } = buildCacheState()
  if (holder[COUNT]?.generation !== generation) holder[COUNT] = { generation, count: 0 }
  holder[COUNT].count++
}

/** How many sources the worker rendered in the latest build of this process. */
export function renderedInWorkerLastBuild(): number {
  const counted = (globalThis as { [COUNT]?: { generation: number; count: number } })[COUNT]
  return counted?.generation === buildCacheState().generation ? counted.count : 0
}

/** Stops the worker of this process's latest build, if it is still running (the build's end calls it). */
export async function closeRenderAhead(): Promise<void> {
  await (globalThis as { [OPEN]?: RenderAhead })[OPEN]?.close()
}

/** The rendered text of a source's own page. */
export function renderSourcePage(dossier: Dossier, id: string): Promise<RenderedSource> {
  return renderAheadOfBuild()(dossier).render(id)
}

/** The rendered text of many sources at once (a printed volume), shared with the worker when the dossier has one. */
export function renderSources(dossier: Dossier, jobs: readonly RenderJob[]): Promise<RenderedSource[]> {
  return renderAheadOfBuild()(dossier).renderAll(jobs)
}
