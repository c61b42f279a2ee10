import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * What lets the pages written at the build's end (the topic pages, src/site/topic-page-writer.ts)
 * be kept by the next build: a record, in the cache folder, of the output folder, the frame's hash
 * and each page's key. A page whose key and frame are unchanged, and whose file was not written
 * since the record, is left as it is, or copied when the next build writes to another output folder.
 */
export interface PagesRecord {
  folder: string
  frame: string
  keys: { [path: string]: string }
}

/** What a writer of pages at the build's end did: pages written, pages left as they were (paths relative to the output folder). */
export interface WrittenPages {
  written: string[]
  kept: string[]
  /** Of the pages written, how many a worker thread wrote. */
  inWorker: number
}

/** A record as read back, with the time it was written. */
export type LastRecord = PagesRecord & { time: number }

/**
 * The last build's record at `path`, if it was for this frame. It is removed as it is read: gone until
 * this build has written its pages, so that a build stopped midway leaves no record to trust.
 */
export function readPagesRecord(path: string, frame: string): LastRecord | null {
  try {
    const time = statSync(path).mtimeMs
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<PagesRecord>
    rmSync(path)
    if (typeof record.folder !== 'string' || record.frame !== frame || typeof record.keys !== 'object' || record.keys === null) return null
    return { folder: record.folder, frame, keys: record.keys, time }
  } catch {
    return null
  }
}

/** Writes the record, after the pages, so that its time is at least theirs. */
export function writePagesRecord(path: string, record: PagesRecord): void {
  writeFileSync(path, JSON.stringify(record))
}

/** The last build's file of a page to keep (its key unchanged, its file not written since), or null. */
export function keptFile(last: LastRecord | null, path: string, key: string | undefined): string | null {
  if (!last || key === undefined || last.keys[path] !== key) return null
  const before = join(last.folder, path)
  const stat = statSync(before, { throwIfNoEntry: false })
  return stat !== undefined && stat.mtimeMs <= last.time ? before : null
}
