/**
 * Worker-thread entry of `render-ahead.ts`: renders sources (the annotation pipeline and the HTML)
 * while the main thread writes pages. A plain module Node runs as it is (types stripped), read from
 * the project's source rather than from the bundle the pages run in.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { renderSource, type RenderOptions } from '../annotate/render-source.ts'
import { claimForWorker } from './job-claims.ts'
import { fromRenderPayload } from './render-cache.ts'
import { toSourceAnnotations } from './source-annotations.ts'

/** One source to render, numbered for the answer: its `renderPayload` and the options. */
export interface RenderRequest {
  job: number
  payload: string
  options: RenderOptions
}

/** The jobs' claims shared with the main thread (`JobClaims`): a job it took is not rendered here. */
const claims = (workerData as { claims?: Int32Array } | null)?.claims

parentPort?.on('message', (request: RenderRequest) => {
  if (!claimForWorker(claims, request.job)) {
    parentPort!.postMessage({ job: request.job, taken: true })
    return
  }
  try {
    const { source, inputs } = fromRenderPayload(request.payload)
    parentPort!.postMessage({ job: request.job, rendered: renderSource(source, toSourceAnnotations(inputs), request.options) })
  } catch (error) {
    parentPort!.postMessage({ job: request.job, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
  }
})
