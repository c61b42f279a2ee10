/**
 * Worker-thread entry of the search index job (src/site/search-index-job.ts): builds the index's
 * files from the input it is sent and writes them into the output folder, while the main thread
 * goes on with the pages. A plain module Node runs as it is (types stripped), read from the
 * project's source rather than from the bundle the pages run in.
 */
import { parentPort } from 'node:worker_threads'
import { unpackSearchInput, type PackedSearchInput } from './packed-input.ts'
import { eachSearchFile } from './search-files.ts'
import { writeSearchFiles, type WrittenSearchFiles } from './write-search-files.ts'

/** What to build, and the output folder to write it into. */
export interface SearchIndexRequest {
  input: PackedSearchInput
  folder: string
}

/** The answer: what was written, or an error. */
export type SearchIndexReply = { written: WrittenSearchFiles } | { error: string }

parentPort?.once('message', ({ input, folder }: SearchIndexRequest) => {
  let reply: SearchIndexReply
  try {
    reply = { written: writeSearchFiles(eachSearchFile(unpackSearchInput(input)), folder) }
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }
  }
  parentPort!.postMessage(reply)
})
