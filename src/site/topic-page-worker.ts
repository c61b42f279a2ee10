/**
 * Worker-thread entry of the topic pages written at the build's end (src/site/topic-page-writer.ts):
 * writes its share of the pages from the data it is sent while the main thread writes the rest. A
 * plain module Node runs as it is (types stripped), read from the project's source rather than from
 * the bundle the pages run in.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { sentenceKey } from './dossier-index.ts'
import type { PageFrame } from './page-frame.ts'
import { topicPageFile, type TopicPageJob } from './topic-page-file.ts'

/** The pages to write, the frame, and what they look up: source labels, and the texts of the sentences they quote by `sentenceKey`. */
export interface TopicPagesRequest {
  folder: string
  frame: PageFrame
  jobs: TopicPageJob[]
  labels: [string, string][]
  sentences: { keys: string[]; texts: string[] }
}

/** The answer: how many pages were written, or an error. */
export type TopicPagesReply = { written: number } | { error: string }

/** Writes the pages of a request, one after the other; returns how many. */
export function writeRequestedPages({ folder, frame, jobs, labels, sentences }: TopicPagesRequest): number {
  const labelById = new Map(labels)
  const textByKey = new Map<string, string>()
  sentences.keys.forEach((key, i) => textByKey.set(key, sentences.texts[i]!))
  const lookups = { labelOf: (source: string) => labelById.get(source) ?? source, textOf: (source: string, sentence: string) => textByKey.get(sentenceKey(source, sentence)) ?? '' }
  for (const job of jobs) writeFileSync(join(folder, job.path), topicPageFile(frame, job, lookups))
  return jobs.length
}

parentPort?.once('message', (request: TopicPagesRequest) => {
  let reply: TopicPagesReply
  try {
    reply = { written: writeRequestedPages(request) }
  } catch (error) {
    reply = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }
  }
  parentPort!.postMessage(reply)
})
