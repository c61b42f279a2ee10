import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SearchFile } from './search-files.ts'

/** What `writeSearchFiles` wrote: the files' paths relative to the folder, and their size. */
export interface WrittenSearchFiles {
  files: string[]
  bytes: number
}

/** Writes the index's files into an output folder as they come, each whole, replacing what was there. */
export function writeSearchFiles(files: Iterable<SearchFile>, folder: string): WrittenSearchFiles {
  let bytes = 0
  const paths: string[] = []
  const made = new Set<string>()
  for (const file of files) {
    const path = join(folder, file.path)
    const parent = dirname(path)
    if (!made.has(parent)) mkdirSync(parent, { recursive: true })
    made.add(parent)
    writeFileSync(path, file.body)
    bytes += Buffer.byteLength(file.body)
    paths.push(file.path)
  }
  return { files: paths, bytes }
}
