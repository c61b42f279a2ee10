/**
 * Worker-thread entry of `extractSources`: receives batches of sources (packed, see
 * source-parcel.ts, or whole when they could not be packed), answers with their extracts (same
 * order, their typed arrays moved). A plain module Node runs as it is (types stripped),
 * importing only `.ts` files of this folder.
 */
import { serialize } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import type { Source } from '../model.ts'
import { extractSource } from './extract-source.ts'
import type { SourceExtract } from './extract-source.ts'
import { collectTransfers } from './extract-transfer.ts'
import { unpackSource } from './source-parcel.ts'
import type { SourceParcel } from './source-parcel.ts'

/** A batch to extract: its number and its sources; `entries` asks for each source and its extract serialized too (then packed sources carry their whole article). */
export interface ExtractRequest {
  batch: number
  sources: (SourceParcel | Source)[]
  entries?: boolean
}

/** A worker's answer to one batch. */
export interface ExtractReply {
  batch: number
  extracts?: SourceExtract[]
  /** With `entries` asked: each source and its extract serialized. */
  entries?: Uint8Array[]
  error?: string
}

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    const sources = request.sources.map((item) => ('blocks' in item ? item : unpackSource(item)))
    const extracts = sources.map(extractSource)
    // As `serializeEntry` in extract-sources.ts; each in a buffer of its own, moved to the other thread rather than copied.
    const entries = request.entries ? sources.map((source, k) => ownBuffer(serialize({ source, extract: extracts[k] }))) : undefined
    const transfer = entries ? entries.map((bytes) => bytes.buffer as ArrayBuffer) : []
    for (const extract of extracts) collectTransfers(extract, transfer)
    const reply: ExtractReply = { batch: request.batch, extracts, ...(entries ? { entries } : {}) }
    parentPort!.postMessage(reply, transfer)
  } catch (error) {
    parentPort!.postMessage({ batch: request.batch, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) })
  }
})

/** The bytes in an array buffer of their own (a buffer shared with others cannot be transferred). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()
}
