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
import type { Source } from '../model.ts'
import { extractSource } from './extract-source.ts'
import type { SourceExtract } from './extract-source.ts'
import { isPackable, packSource } from './source-parcel.ts'
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
export async function extractSources(sources: readonly Source[], options: ExtractSourcesOptions = {}): Promise<SourceExtract[]> {
  const workers = Math.min(options.workers ?? Math.min(4, availableParallelism()), sources.length)
  const onEntry = options.onEntry
  // In this thread: each source's extract, serialized right away when asked.
  const here = (batch: readonly Source[], from: number) => batch.map((source, k) => {
    const extract = extractSource(source)
    onEntry?.(from + k, serializeEntry(source, extract))
    return extract
  })
  if (workers <= 1 || sources.length < (options.minSources ?? 2000)) return here(sources, 0)
  const batchSize = options.batchSize ?? Math.max(8, Math.min(64, Math.ceil(sources.length / 100)))
  const batches: Source[][] = []
  for (let from = 0; from < sources.length; from += batchSize) batches.push(sources.slice(from, from + batchSize))
  const results: (SourceExtract[] | undefined)[] = new Array(batches.length)
  let pool: Worker[]
  try {
    // No inherited Node flags: a parent started with `--input-type` (node -e) or test-runner flags would keep the entry from loading.
    pool = Array.from({ length: workers }, () => new Worker(options.workerUrl ?? DEFAULT_WORKER, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 32 } }))
  } catch {
    return here(sources, 0)
  }
  let next = 0
  let failed = false
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolve, reject) => {
      const inFlight = new Set<number>()
      const send = () => {
        if (next >= batches.length || failed) return false
        const batch = next++
        inFlight.add(batch)
        const whole = onEntry !== undefined
        worker.postMessage({ batch, sources: batches[batch]!.map((source) => (isPackable(source) ? packSource(source, whole) : source)), entries: whole })
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
  return batches.flatMap((batch, k) => results[k] ?? here(batch, k * batchSize))
}
