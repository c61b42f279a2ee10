/**
 * Worker-thread entry of `startScoring` (background-scores.ts): answers the jobs sent on the port
 * it was given, in order: a quotes job (`quoteOverlaps`) and a scores job (`scoreCandidates`),
 * their typed arrays moved, not copied. Each answer is tagged with its job's kind and raises the
 * job's slot of the shared signal the analysis waits on (1 done, 2 failed); the port closes after
 * the scores. A plain module Node runs as it is (types stripped), importing only `.ts` files of
 * this folder.
 */
import type { MessagePort } from 'node:worker_threads'
import type { CandidateOptions } from './candidate-pairs.ts'
import { quoteOverlaps } from './quote-overlaps.ts'
import { scoreBuffers, scoreCandidates } from './score-candidates.ts'
import { splitStrings } from './string-list.ts'
import type { StringList } from './string-list.ts'
import type { TermLists } from './term-vectors.ts'

/** What to score: `scoreCandidates`' arguments, the term names joined (one string crosses faster than many). */
export interface ScoreJob {
  kind: 'scores'
  terms: TermLists
  names: StringList
  group: Int32Array
  options: CandidateOptions
  floor: number
}

/** Quotes to compare: `quoteOverlaps`' argument, joined. */
export interface QuotesJob {
  kind: 'quotes'
  texts: StringList
}

/** An answer: the job's kind and its result. */
export interface JobReply {
  kind: (ScoreJob | QuotesJob)['kind']
  result: unknown
}

/** What the worker is started with: its port and the signal it raises. */
export interface ScoreWorkerData {
  port: MessagePort
  signal: Int32Array
}

export const PENDING = 0
export const DONE = 1
export const FAILED = 2
/** The signal's slot of each kind of job. */
export const SLOT = { scores: 0, quotes: 1 } as const

/** Answers the jobs sent on `port` until the scores job. */
export function serve({ port, signal }: ScoreWorkerData): void {
  port.on('message', (job: ScoreJob | QuotesJob) => {
    try {
      if (job.kind === 'quotes') {
        const result = quoteOverlaps(splitStrings(job.texts))
        port.postMessage({ kind: job.kind, result } satisfies JobReply, [result.lengths.buffer, result.keys.buffer, result.overlap.buffer] as ArrayBuffer[])
      } else {
        const result = scoreCandidates(job.terms, splitStrings(job.names), job.group, job.options, job.floor)
        port.postMessage({ kind: job.kind, result } satisfies JobReply, scoreBuffers(result))
      }
      raise(signal, SLOT[job.kind], DONE)
    } catch {
      raise(signal, SLOT[job.kind], FAILED)
    }
    if (job.kind === 'scores') port.close()
  })
}

/** Sets a slot of the signal and wakes the thread waiting on it. */
export function raise(signal: Int32Array, slot: number, value: number): void {
  Atomics.store(signal, slot, value)
  Atomics.notify(signal, slot)
}
