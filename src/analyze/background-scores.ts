/**
 * The parts of the corpus analysis that read only plain data, in a worker thread, waited for
 * synchronously: the analysis is a plain function, so it hands each job over as soon as its input
 * exists and blocks on a shared signal only when it needs the answer. The quotes' overlaps are
 * computed while the analysis finds names, topics and mentions; the alignment's candidate pairs
 * are scored while it resolves the quotes. The worker is started early (loading its modules
 * overlaps the first stages). Whenever the worker cannot be started, cannot load its entry (e.g.
 * once bundled), or fails, a `take` returns undefined and the caller computes in its own thread.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads'
import type { CandidateOptions } from './candidate-pairs.ts'
import type { QuoteOverlaps } from './quote-overlaps.ts'
import type { CandidateScores } from './score-candidates.ts'
import { DONE, FAILED, PENDING, SLOT } from './score-worker.ts'
import type { JobReply, QuotesJob, ScoreJob } from './score-worker.ts'
import { joinStrings } from './string-list.ts'
import type { TermLists } from './term-vectors.ts'

const DEFAULT_ENTRY = new URL('./score-worker.ts', import.meta.url)

/** How long a `take` waits for the worker before the caller computes instead (a worker that died never answers). */
const PATIENCE_MS = 10 * 60 * 1000

/**
 * The worker's heap: an 8 MB young generation. With V8's default its heap was 147 MB at the end of
 * a 10,000-article build, 33 MB of it in use; with this, 20 MB (11 in use). A heap's pages stay in
 * the process's RSS once used. The old generation is left unbounded: reaching such a limit can end
 * the whole process rather than the worker.
 */
const SCORE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 }

/**
 * The worker's bootstrap, plain CommonJS run from a string: it loads the entry, and when that fails
 * raises FAILED in every slot itself (a worker whose entry cannot load would otherwise never raise the signal).
 */
const BOOTSTRAP = `const { workerData } = require('node:worker_threads')
import(workerData.entry).then((entry) => entry.serve(workerData), () => { for (const slot of [${SLOT.scores}, ${SLOT.quotes}]) { Atomics.store(workerData.signal, slot, ${FAILED}); Atomics.notify(workerData.signal, slot) } })`

/** A started worker. Each job is submitted at most once, the quotes before the scores, and taken in that order. */
export interface BackgroundScoring {
  /** Hands over the quotes' full texts (`quoteOverlaps`). */
  submitQuotes(texts: readonly string[]): void
  /** Waits for the quotes' overlaps; undefined when the worker failed or they were not submitted. */
  takeQuotes(): QuoteOverlaps | undefined
  /** Hands over the scoring job (`scoreCandidates`' arguments). */
  submit(terms: TermLists, names: readonly string[], group: readonly number[], options: CandidateOptions, floor: number): void
  /** Waits for the scores; undefined when the worker failed or no job was submitted (the caller then scores itself). Ends the worker. */
  take(): CandidateScores | undefined
  /** Ends the worker (when the analysis stops before taking the scores). */
  stop(): void
}

/** Starts a worker, or returns undefined when worker threads are unavailable. */
export function startScoring(entry: URL = DEFAULT_ENTRY): BackgroundScoring | undefined {
  const signal = new Int32Array(new SharedArrayBuffer(8))
  const { port1, port2 } = new MessageChannel()
  let worker: Worker
  try {
    // No inherited Node flags (see extractSources); unref'd, so a worker never keeps the process alive.
    worker = new Worker(BOOTSTRAP, { eval: true, execArgv: [], workerData: { entry: entry.href, port: port2, signal }, transferList: [port2], resourceLimits: SCORE_WORKER_LIMITS })
    worker.unref()
  } catch {
    return undefined
  }
  const submitted = new Set<JobReply['kind']>()
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    port1.close()
    void worker.terminate()
  }
  const post = (job: ScoreJob | QuotesJob) => {
    submitted.add(job.kind)
    port1.postMessage(job)
  }
  // The answer to a job: waited for on its slot, then read from the port (answers come in the order the jobs were sent).
  const receive = (kind: JobReply['kind']): unknown => {
    if (!submitted.has(kind) || ended) return undefined
    const slot = SLOT[kind]
    const started = performance.now()
    while (Atomics.load(signal, slot) === PENDING && performance.now() - started < PATIENCE_MS) Atomics.wait(signal, slot, PENDING, 1000)
    if (Atomics.load(signal, slot) !== DONE) return undefined
    for (let reply = receiveMessageOnPort(port1); reply; reply = receiveMessageOnPort(port1)) {
      const message = reply.message as JobReply
      if (message.kind === kind) return message.result
    }
    return undefined
  }
  return {
    submitQuotes(texts) {
      post({ kind: 'quotes', texts: joinStrings(texts) })
    },
    takeQuotes() {
      return receive('quotes') as QuoteOverlaps | undefined
    },
    submit(terms, names, group, options, floor) {
      post({ kind: 'scores', terms, names: joinStrings(names), group: Int32Array.from(group), options, floor })
    },
    take() {
      const scores = receive('scores') as CandidateScores | undefined
      end()
      return scores
    },
    stop: end,
  }
}
