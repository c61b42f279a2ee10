import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { WORKER_LIMITS } from '../../src/site/worker-heap.ts'

const entry = new URL('../fixtures/allocating-worker.ts', import.meta.url)

/** Runs the allocating worker with the limits; its answer, or how it failed. */
function run(megabytes: number): Promise<{ kept: number; heapMb: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { execArgv: [], workerData: { megabytes }, resourceLimits: WORKER_LIMITS })
    worker.once('message', (reply) => {
      void worker.terminate()
      resolve(reply)
    })
    worker.once('error', reject)
  })
}

describe('WORKER_LIMITS', () => {
  it('bounds the young generation only: a worker may hold far more than it', async () => {
    expect(WORKER_LIMITS.maxYoungGenerationSizeMb).toBeLessThanOrEqual(16)
    // An old-generation limit would make a large article fatal to the whole build, not just slow.
    expect(WORKER_LIMITS.maxOldGenerationSizeMb).toBeUndefined()
    const reply = await run(300)
    expect(reply.kept).toBe(3_000_000)
    expect(reply.heapMb).toBeGreaterThan(150)
  }, 60_000)
})
