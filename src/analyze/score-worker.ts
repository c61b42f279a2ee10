/**
 * Worker-thread entry of `startScoring` (background-scores.ts): receives one job on the port it
 * was given, answers with `scoreCandidates` of it (typed arrays moved, not copied), and raises
 * the shared signal the analysis waits on (1 done, 2 failed). A plain module Node runs as it is
 * (types stripped), importing only `.ts` files of this folder.
 */
import type { MessagePort } from 'node:worker_threads'
import type { CandidateOptions } from './candidate-pairs.ts'
import { scoreBuffers, scoreCandidates } from './score-candidates.ts'
import { splitStrings } from './string-list.ts'
import type { StringList } from './string-list.ts'
import type { TermLists } from './term-vectors.ts'

/** What to score: `scoreCandidates`' arguments, the term names joined (one string crosses faster than many). */
export interface ScoreJob {
  terms: TermLists
  names: StringList
  group: Int32Array
  options: CandidateOptions
  floor: number
}

/** What the worker is started with: its port and the signal it raises. */
export interface ScoreWorkerData {
  port: MessagePort
  signal: Int32Array
}

export const PENDING = 0
export const DONE = 1
export const FAILED = 2

/** Answers the first job sent on `port`, then closes it. */
export function serve({ port, signal }: ScoreWorkerData): void {
  port.once('message', (job: ScoreJob) => {
    try {
      const scores = scoreCandidates(job.terms, splitStrings(job.names), job.group, job.options, job.floor)
      port.postMessage(scores, scoreBuffers(scores))
      raise(signal, DONE)
    } catch {
      raise(signal, FAILED)
    }
    port.close()
  })
}

/** Sets the signal and wakes the thread waiting on it. */
export function raise(signal: Int32Array, value: number): void {
  Atomics.store(signal, 0, value)
  Atomics.notify(signal, 0)
}
