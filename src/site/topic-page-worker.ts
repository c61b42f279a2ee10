/**
 * Worker-thread entry of the topic pages written without Astro (src/site/topic-page-writer.ts):
 * writes the chunks of pages it is sent, one after the other, while the main thread renders other
 * pages or writes other chunks, and answers each chunk with how many pages it wrote. A plain module
 * Node runs as it is (types stripped), read from the project's source rather than from the bundle
 * the pages run in.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { sentenceKey } from './dossier-index.ts'
import type { PageFrame } from './page-frame.ts'
import { topicPageFile, topicPageFileKey, type TopicPageJob } from './topic-page-file.ts'

/**
 * One chunk of pages to write, the frame, and what they look up: source labels, and the texts of the
 * sentences they quote by `sentenceKey`. With `site` (keys are recorded), the key of each job that
 * has none is made here (`topicPageFileKey`) from `site` and the sources' `digests`.
 */
export interface TopicPagesRequest {
  chunk: number
  folder: string
  frame: PageFrame
  jobs: TopicPageJob[]
  labels: [string, string][]
  sentences: { keys: string[]; texts: string[] }
  site: string | null
  digests: [string, string][]
}

/** The answer to a chunk: how many of its pages were written and the keys made for them, or an error. */
export type TopicPagesReply = { chunk: number; written: number; keys: [string, string][] } | { chunk: number; error: string }

/** Writes the pages of a request, one after the other; returns how many, and the keys made (path, key). */
export function writeRequestedPages({ folder, frame, jobs, labels, sentences, site, digests }: TopicPagesRequest): { written: number; keys: [string, string][] } {
  const labelById = new Map(labels)
  const textByKey = new Map<string, string>()
  sentences.keys.forEach((key, i) => textByKey.set(key, sentences.texts[i]!))
  const lookups = { labelOf: (source: string) => labelById.get(source) ?? source, textOf: (source: string, sentence: string) => textByKey.get(sentenceKey(source, sentence)) ?? '' }
  const digestById = new Map(digests)
  const digestOf = (source: string) => digestById.get(source) ?? ''
  const keys: [string, string][] = []
  for (const job of jobs) {
    if (site !== null && job.key === undefined) keys.push([job.path, topicPageFileKey(site, job, digestOf)])
    writeFileSync(join(folder, job.path), topicPageFile(frame, job, lookups))
  }
  return { written: jobs.length, keys }
}

parentPort?.on('message', (request: TopicPagesRequest) => {
  let reply: TopicPagesReply
  try {
    reply = { chunk: request.chunk, ...writeRequestedPages(request) }
  } catch (error) {
    reply = { chunk: request.chunk, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }
  }
  parentPort!.postMessage(reply)
})
