import type { ResourceLimits } from 'node:worker_threads'

/**
 * The heap of the build's page-side worker threads (the render, search-index and topic-page
 * workers). Each holds a job's data and little else, yet with V8's default young generation their
 * heaps grew far past what they held, garbage mostly; and a heap's pages stay in the process's RSS
 * once used (a worker's are kept for the next heap that grows). With an 8 MB young generation, heap
 * at the end of a 10,000-article build (total / in use, MB): render 256 / 149 → 130 / 123, search
 * index 466 / 389 → 232 / 216, topic pages 299 / 175 → 177 / 170.
 *
 * The old generation is left unbounded: a worker that reaches an old-generation limit can take the
 * whole process down (V8's fatal out-of-memory error, seen with a 64 MB limit and one large string),
 * where an article too large for a limit should only make the build slower.
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8 }
