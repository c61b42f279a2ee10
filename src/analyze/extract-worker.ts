/**
 * Worker-thread entry of `extractSources`: receives batches of sources, answers with their
 * extracts (same order). A plain module Node runs as it is (types stripped), importing only
 * `.ts` files of this folder.
 */
import { serialize } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import type { Source } from '../model.ts'
import { extractSource } from './extract-source.ts'

/** A batch to extract: its number and its sources; `entries` asks for each source and its extract serialized too. */
export interface ExtractRequest {
  batch: number
  sources: Source[]
  entries?: boolean
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    const extracts = request.sources.map(extractSource)
    if (!request.entries) {
      parentPort!.postMessage({ batch: request.batch, extracts })
      return
    }
    // As `serializeEntry` in extract-sources.ts; each in a buffer of its own, moved to the other thread rather than copied.
    const entries = request.sources.map((source, k) => ownBuffer(serialize({ source, extract: extracts[k] })))
    parentPort!.postMessage({ batch: request.batch, extracts, entries }, entries.map((bytes) => bytes.buffer as ArrayBuffer))
  } catch (error) {
    parentPort!.postMessage({ batch: request.batch, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
  }
})

/** The bytes in an array buffer of their own (a buffer shared with others cannot be transferred). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
}
