/**
 * Worker-thread entry of `extractSources`: receives batches of sources, answers with their
 * extracts (same order). A plain module Node runs as it is (types stripped), importing only
 * `.ts` files of this folder.
 */
import { parentPort } from 'node:worker_threads'
import type { Source } from '../model.ts'
import { extractSource } from './extract-source.ts'

/** A batch to extract: its number and its sources. */
export interface ExtractRequest {
  batch: number
  sources: Source[]
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    parentPort!.postMessage({ batch: request.batch, extracts: request.sources.map(extractSource) })
  } catch (error) {
    parentPort!.postMessage({ batch: request.batch, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
  }
})
