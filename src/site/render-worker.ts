/**
 * Worker-thread entry of `render-ahead.ts`: renders sources (the annotation pipeline and the HTML)
 * while the main thread writes pages. A plain module Node runs as it is (types stripped), read from
 * the project's source rather than from the bundle the pages run in.
 */
import { parentPort } from 'node:worker_threads'
import { renderSource, type RenderOptions } from '../annotate/render-source.ts'
import type { SourceText } from '../annotate/source-to-hast.ts'
import { toSourceAnnotations, type AnnotationInputs } from './source-annotations.ts'

/** One source to render, numbered for the answer. */
export interface RenderRequest {
  job: number
  /** Only the blocks and sentences: the article's other fields would be copied for nothing. */
  source: SourceText
  inputs: AnnotationInputs
  options: RenderOptions
}

parentPort?.on('message', (request: RenderRequest) => {
  try {
    parentPort!.postMessage({ job: request.job, rendered: renderSource(request.source, toSourceAnnotations(request.inputs), request.options) })
  } catch (error) {
    parentPort!.postMessage({ job: request.job, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
  }
})
