import { Worker } from 'node:worker_threads'
import type { TopicPageJob } from './topic-page-file.ts'
import type { TopicPagesReply, TopicPagesRequest } from './topic-page-worker.ts'
import { WORKER_LIMITS } from './worker-heap.ts'

/**
 * The topic pages' worker thread (src/site/topic-page-worker.ts) as their writer sees it: the chunks
 * sent and not yet answered, how many pages it wrote, whether it failed. Unref'd until `close`, so
 * that a build that fails before its end is not kept alive by it.
 */
export class TopicPageChannel {
  private readonly worker: Worker
  private readonly unanswered = new Map<number, TopicPageJob[]>()
  private readonly waiters = new Set<() => void>()
  private failure: Error | null = null
  private closed = false
  /** Pages the worker wrote, by its answers. */
  written = 0
  /** The keys it made for them (path, key). */
  readonly keys: [string, string][] = []

  constructor(entry: URL) {
    // No inherited Node flags (see render-ahead.ts).
    this.worker = new Worker(entry, { execArgv: [], resourceLimits: WORKER_LIMITS })
    this.worker.unref()
    this.worker.on('message', (reply: TopicPagesReply) => {
      if (!this.unanswered.has(reply.chunk)) return
      if ('error' in reply) return this.fail(new Error(`topic pages worker: ${reply.error}`))
      this.unanswered.delete(reply.chunk)
      this.written += reply.written
      for (const entry of reply.keys) this.keys.push(entry)
      this.wake()
    })
    this.worker.once('error', (error: Error) => this.fail(error))
    this.worker.once('exit', (code) => this.fail(new Error(`topic pages worker: stopped (exit code ${code})`)))
  }

  /** Whether the worker failed: what it was sent and did not answer for is to be written elsewhere. */
  get failed(): boolean {
    return this.failure !== null
  }

  /** Chunks the worker has still to write. */
  get queued(): number {
    return this.unanswered.size
  }

  /** Sends a chunk; false (and nothing sent) when the worker has failed. */
  send(request: TopicPagesRequest): boolean {
    if (this.failure || this.closed) return false
    this.unanswered.set(request.chunk, request.jobs)
    this.worker.postMessage(request)
    return true
  }

  /** Resolves once the worker has fewer than `count` chunks to write, has failed, or `wake` is called. */
  whenFewerThan(count: number): Promise<void> {
    if (this.unanswered.size < count || this.failure) return Promise.resolve()
    return new Promise((resolve) => this.waiters.add(resolve))
  }

  /** Resolves every `whenFewerThan` waiting. */
  wake(): void {
    for (const resolve of this.waiters) resolve()
    this.waiters.clear()
  }

  /** Waits for the answers to every chunk sent and ends the worker; returns the jobs it did not write (all of a chunk it failed on or never reached). */
  async close(): Promise<TopicPageJob[]> {
    this.worker.ref()
    while (this.unanswered.size > 0 && !this.failure) await new Promise<void>((resolve) => this.waiters.add(resolve))
    this.closed = true
    await this.worker.terminate()
    return [...this.unanswered.values()].flat()
  }

  private fail(error: Error): void {
    if (this.closed) return
    this.failure ??= error
    this.wake()
  }
}
