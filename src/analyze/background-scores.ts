/**
 * `scoreCandidates` in a worker thread, waited for synchronously: the corpus analysis is a plain
 * function, so it hands the job over as soon as the sentences' terms exist, goes on with the
 * quotes (which the alignment needs too, and which take about as long), then blocks on a shared
 * signal until the scores are back. The worker is started early (loading its modules overlaps
 * the analysis's first stages). Whenever the worker cannot be started, cannot load its entry
 * (e.g. once bundled), or fails, `take` returns undefined and the caller scores in its own thread.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads'
import type { CandidateOptions } from './candidate-pairs.ts'
import type { CandidateScores } from './score-candidates.ts'
import { DONE, FAILED, PENDING } from './score-worker.ts'
import type { ScoreJob } from './score-worker.ts'
import { joinStrings } from './string-list.ts'
import type { TermLists } from './term-vectors.ts'

const DEFAULT_ENTRY = new URL('./score-worker.ts', import.meta.url)

/** How long `take` waits for the worker before scoring in this thread instead (a worker that died never answers). */
const PATIENCE_MS = 10 * 60 * 1000

/**
 * The worker's bootstrap, plain CommonJS run from a string: it loads the entry, and when that fails
 * raises FAILED itself (a worker whose entry cannot load would otherwise never raise the signal).
 */
const BOOTSTRAP = `const { workerData } = require('node:worker_threads')
import(workerData.entry).then((entry) => entry.serve(workerData), () => { Atomics.store(workerData.signal, 0, ${FAILED}); Atomics.notify(workerData.signal, 0) })`

/** A started scoring worker. */
export interface BackgroundScoring {
  /** Hands the job over (once). */
  submit(terms: TermLists, names: readonly string[], group: readonly number[], options: CandidateOptions, floor: number): void
  /** Waits for the scores; undefined when the worker failed or no job was submitted (the caller then scores itself). Ends the worker. */
  take(): CandidateScores | undefined
  /** Ends the worker (when the analysis stops before taking the scores). */
  stop(): void
}

/** Starts a scoring worker, or returns undefined when worker threads are unavailable. */
export function startScoring(entry: URL = DEFAULT_ENTRY): BackgroundScoring | undefined {
  const signal = new Int32Array(new SharedArrayBuffer(4))
  const { port1, port2 } = new MessageChannel()
  let worker: Worker
  try {
    // No inherited Node flags (see extractSources); unref'd, so a worker never keeps the process alive.
    worker = new Worker(BOOTSTRAP, { eval: true, execArgv: [], workerData: { entry: entry.href, port: port2, signal }, transferList: [port2] })
    worker.unref()
  } catch {
    return undefined
  }
  let submitted = false
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    port1.close()
    void worker.terminate()
  }
  return {
    submit(terms, names, group, options, floor) {
      submitted = true
      const job: ScoreJob = { terms, names: joinStrings(names), group: Int32Array.from(group), options, floor }
      port1.postMessage(job)
    },
    take() {
      if (!submitted) { end(); return undefined }
      const started = performance.now()
      while (Atomics.load(signal, 0) === PENDING && performance.now() - started < PATIENCE_MS) Atomics.wait(signal, 0, PENDING, 1000)
      const reply = Atomics.load(signal, 0) === DONE ? receiveMessageOnPort(port1) : undefined
      end()
      return reply?.message as CandidateScores | undefined
    },
    stop: end,
  }
}
