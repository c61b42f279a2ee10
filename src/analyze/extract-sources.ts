/**
 * `extractSource` for many sources at once, in worker threads: each source's extract depends on
 * that source alone, so batches of sources go to a few workers and their extracts come back.
 * Sources travel packed (source-parcel.ts) and extracts are made of few objects, their typed
 * arrays moved: cloning sources and extracts as objects cost the workers' threads and this one
 * about as much CPU as extracting them. Falls back to this thread when workers are unavailable (no worker support,
 * an entry that cannot be loaded, e.g. once bundled) or not worth it (one worker, fewer than
 * `minSources` sources).
 * The result equals `sources.map(extractSource)`. With `onEntry`, each source and its extract
 * also come serialized (`v8.serialize({ source, extract })`, what a build cache stores), made by
 * the workers that made the extract, so the serializing runs in parallel, off this thread.
 */
import { availableParallelism } from 'node:os'
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { Article, Source } from '../model.ts'
import { extractSource } from './extract-source.ts'
import type { SourceExtract } from './extract-source.ts'
import { isPackable, packSource } from './source-parcel.ts'
import type { SourceParcel } from './source-parcel.ts'
import { splitSource } from './split-source.ts'
import type { ExtractReply } from './extract-worker.ts'

/** Options of `extractSources`. */
export interface ExtractSourcesOptions {
  /** Worker threads to use; 0 or 1 extracts in this thread. Default: the machine's parallelism, at most 4. */
  workers?: number
  /** The worker entry (default: extract-worker.ts beside this file). Give it when this module is bundled. */
  workerUrl?: URL
  /** Sources per message (default: about 1 % of the corpus, 8 to 64). */
  batchSize?: number
  /**
   * Fewer sources than this are extracted in this thread: each worker loads the modules (compromise's
   * lexicon, ~0.65 s) and warms its JIT, and every source and extract crosses between threads (~0.7 ms
   * of CPU per source as cloned objects; ~0.25 ms packed, as now). Measured on a 2-vCPU VM, before the
   * packing: 1,000 sources 1.4-1.9 s in this thread vs 2.6 s in 2 workers; 10,000 sources 16-17 s vs
   * 9.4 s. Default 2,000.
   */
  minSources?: number
  /**
   * Called with each source's index and the bytes of `v8.serialize({ source, extract })`, in any order,
   * as soon as they are made (so a caller writing them to disk never holds them all).
   */
  onEntry?: (index: number, bytes: Uint8Array) => void
}

/** A source and its extract as a build cache stores them. */
export function serializeEntry(source: Source, extract: SourceExtract): Uint8Array {
  return serialize({ source, extract })
}

const DEFAULT_WORKER = new URL('./extract-worker.ts', import.meta.url)

/** Each source's extract, in the order of `sources`, computed in worker threads when it pays. */
export function extractSources(sources: readonly Source[], options: ExtractSourcesOptions = {}): Promise<SourceExtract[]> {
  return extractEach(sources.length, (i) => sources[i]!, options)
}

/**
 * Each article split into sentences (`splitSource`) and its source's extract, as `extractSources`
 * would give them for the split articles. An article is split when its batch is sent to a worker, so
 * this thread splits the next batches while the workers extract the first, rather than splitting
 * every article before a worker starts (at 10,000 articles, 3 s with the second core idle). Two
 * builds at 10,000 articles: 10.8 and 11.0 s for the sentences and extracts, 0.70 and 0.89 of the
 * corpus-wide analysis's time in the same build, against 0.96–1.13 in twelve builds splitting first.
 */
export async function extractArticles(articles: readonly Article[], options: ExtractSourcesOptions = {}): Promise<{ sources: Source[]; extracts: SourceExtract[] }> {
  const sources: Source[] = new Array(articles.length)
  const extracts = await extractEach(articles.length, (i) => (sources[i] ??= splitSource(articles[i]!)), options)
  return { sources, extracts }
}

/**
 * The extracts of `count` sources, the `i`th given by `sourceAt(i)` when it is needed: as its batch goes to a
 * worker, in order, and again should that worker fail and this thread extract the batch.
 */
async function extractEach(count: number, sourceAt: (i: number) => Source, options: ExtractSourcesOptions): Promise<SourceExtract[]> {
  const workers = Math.min(options.workers ?? Math.min(4, availableParallelism()), count)
  const onEntry = options.onEntry
  // In this thread: each source's extract, serialized right away when asked.
  const here = (from: number, to: number) => {
    const extracts: SourceExtract[] = []
    for (let i = from; i < to; i++) {
      const source = sourceAt(i)
      const extract = extractSource(source)
      onEntry?.(i, serializeEntry(source, extract))
      extracts.push(extract)
    }
    return extracts
  }
  if (workers <= 1 || count < (options.minSources ?? 2000)) return here(0, count)
  const batchSize = options.batchSize ?? Math.max(8, Math.min(64, Math.ceil(count / 100)))
  const batches = Math.ceil(count / batchSize)
  const endOf = (batch: number) => Math.min(count, (batch + 1) * batchSize)
  const results: (SourceExtract[] | undefined)[] = new Array(batches)
  let pool: Worker[]
  try {
    // No inherited Node flags: a parent started with `--input-type` (node -e) or test-runner flags would keep the entry from loading.
    pool = Array.from({ length: workers }, () => new Worker(options.workerUrl ?? DEFAULT_WORKER, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 32 } }))
  } catch {
    return here(0, count)
  }
  let next = 0
  let failed = false
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const inFlight = new Set<number>()
      const send = () => {
        if (next >= batches || failed) return false
        const batch = next++
        inFlight.add(batch)
        const whole = onEntry !== undefined
        const sources: (SourceParcel | Source)[] = []
        for (let i = batch * batchSize; i < endOf(batch); i++) {
          const source = sourceAt(i)
          sources.push(isPackable(source) ? packSource(source, whole) : source)
        }
        worker.postMessage({ batch, sources, entries: whole })
        return true
      }
      worker.on('message', (reply: ExtractReply) => {
        if (reply.error !== undefined) { reject(new Error(`extractSources: a worker failed on batch ${reply.batch}: ${reply.error}`)); return }
        results[reply.batch] = reply.extracts
        reply.entries?.forEach((bytes, k) => onEntry?.(reply.batch * batchSize + k, bytes))
        inFlight.delete(reply.batch)
        send()
        if (inFlight.size === 0) resolve()
      })
      // A worker that cannot start (its entry not loadable) leaves its batches to this thread.
      worker.on('error', () => { failed = true; resolve() })
      worker.on('exit', () => resolve())
      // Two batches in flight per worker, so it never waits for the next one.
      if (!send()) resolve()
      send()
    })))
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  const extracts: SourceExtract[] = []
  for (let batch = 0; batch < batches; batch++) extracts.push(...(results[batch] ?? here(batch * batchSize, endOf(batch))))
  return extracts
}
