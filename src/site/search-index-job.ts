import { Worker } from 'node:worker_threads'
import { collectNow } from './page-phase-heap.ts'
import { buildCacheState } from '../cache/build-cache.ts'
import { eachSearchFile, searchInputOf } from '../search/index.ts'
import { packSearchInput } from '../search/packed-input.ts'
import type { SearchIndexReply, SearchIndexRequest } from '../search/search-worker.ts'
import { writeSearchFiles, type WrittenSearchFiles } from '../search/write-search-files.ts'
import type { Dossier } from './dossier.ts'
import { WORKER_LIMITS } from './worker-heap.ts'

/**
 * The search index's files (src/search/search-files.ts) are not pages of Astro's. A worker thread
 * builds them from the dossier and writes them straight into the output folder while this thread
 * renders pages; the build's end (src/integrations/search-index.ts) waits for it. As a route of
 * Astro's, the index was built on this thread before the first page: at 10,000 articles 4.5 s of a
 * full build and 7.8 s of a rebuild, and Astro then wrote its 1,300 files (80 MB) one by one.
 *
 * The worker starts with the topic route (its first page, src/pages/topics/[slug].astro, comes
 * right after the source pages; in a rebuild that renders none of it, with the ledgers), not as
 * soon as the dossier is assembled: the source pages' render worker keeps the second core busy
 * until then. And a worker's heap (about 500 MB here at 10,000 articles) stays in the process after
 * it ends, for the next heap that grows to reuse, so the process's peak is the most memory in use
 * at any one time: after the source pages the main heap is at its smallest of the page phase.
 * With the full collection as the pages begin (page-phase-heap.ts), peak RSS at 10,000 articles
 * was 2,366–2,495 MiB in six builds; in one, sampled every 2 s, the worker's run raised it from
 * 2,300 to 2,377 MiB. `DOSSIER_SEARCH_WORKER=off` builds the files at the build's end on this
 * thread instead.
 *
 * Global state, because the integration and the pages are loaded as separate module instances.
 */

/** What the build's end learns: the files written, whether a worker built them, how long it waited. */
export interface SearchIndexResult extends WrittenSearchFiles {
  inWorker: boolean
  waitedMs: number
}

interface Output {
  generation: number
  folder: string
}

interface Job {
  generation: number
  folder: string
  worker: Worker
  done: Promise<WrittenSearchFiles>
}

const OUTPUT = Symbol.for('dossier.search-output')
const JOB = Symbol.for('dossier.search-job')
const holder = globalThis as { [OUTPUT]?: Output | null; [JOB]?: Job | null }

/** Where this build writes the search files (set when a build starts; `astro dev` serves them from a route instead). */
export function setSearchOutput(folder: string | null): void {
  holder[OUTPUT] = folder === null ? null : { generation: buildCacheState().generation, folder }
  holder[JOB] = null
}

/** Starts building this build's search files in a worker, once, if the build writes to a folder and a worker can run. */
export function startSearchIndex(dossier: Dossier): void {
  const output = holder[OUTPUT]
  const { generation, root } = buildCacheState()
  if (!output || output.generation !== generation || !root || process.env['DOSSIER_SEARCH_WORKER'] === 'off') return
  if (holder[JOB]?.generation === generation) return
  // The source pages' garbage is collected first, so that the worker's heap adds to the dossier's, not to theirs: at
  // 10,000 articles, peak RSS 2,568 MiB in one build against 2,690–2,752 MiB in three without (see page-phase-heap.ts).
  if (process.env['DOSSIER_HEAP_FLAGS'] !== 'off') collectNow()
  let worker: Worker
  try {
    // No inherited Node flags (see render-ahead.ts); unref'd until the build's end waits for it.
    worker = new Worker(new URL('src/search/search-worker.ts', root), { execArgv: [], resourceLimits: WORKER_LIMITS })
    worker.unref()
  } catch {
    return
  }
  const done = new Promise<WrittenSearchFiles>((resolve, reject) => {
    worker.once('message', (reply: SearchIndexReply) => ('error' in reply ? reject(new Error(`search index worker: ${reply.error}`)) : resolve(reply.written)))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`search index worker: stopped (exit code ${code}) before it answered`)))
  })
  // Settled by the build's end; until then a failure is not an unhandled rejection.
  done.catch(() => {})
  const request: SearchIndexRequest = { input: packSearchInput(searchInputOf(dossier)), folder: output.folder }
  worker.postMessage(request)
  holder[JOB] = { generation, folder: output.folder, worker, done }
}

/** Settles once this build's search worker has answered (or failed); at once when none runs. */
export function searchIndexSettled(): Promise<void> {
  const job = holder[JOB]
  if (!job || job.generation !== buildCacheState().generation) return Promise.resolve()
  return job.done.then(
    () => {},
    () => {},
  )
}

/**
 * This build's search files in `folder`: as the worker wrote them, or built and written here when
 * no worker ran for this folder or it failed (`onWorkerError` hears why).
 */
export async function finishSearchIndex(dossier: Dossier, folder: string, onWorkerError: (error: Error) => void = () => {}): Promise<SearchIndexResult> {
  const job = holder[JOB]
  holder[JOB] = null
  holder[OUTPUT] = null
  const start = performance.now()
  if (job && (job.generation !== buildCacheState().generation || job.folder !== folder)) void job.worker.terminate()
  else if (job) {
    // Waited for: the worker keeps the process alive until it answers.
    job.worker.ref()
    try {
      const written = await job.done
      return { ...written, inWorker: true, waitedMs: performance.now() - start }
    } catch (error) {
      onWorkerError(error as Error)
    } finally {
      void job.worker.terminate()
    }
  }
  const written = writeSearchFiles(eachSearchFile(searchInputOf(dossier)), folder)
  return { ...written, inWorker: false, waitedMs: performance.now() - start }
}
