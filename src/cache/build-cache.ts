import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The build's cache between builds: parsed articles (src/ingest/stored-articles.ts), each source's
 * own analysis and rendered sources (src/site/analysis-cache.ts, render-cache.ts), one file an
 * entry, named by a hash of everything it depends on, including the project's code. Its own folder
 * because every stage of the data flow keeps entries in it. The integration in src/integrations/build-cache.ts says where it
 * lives (or that there is none) and removes, after the build, the entries the build did not use.
 */

/** What one build shares with its integration: where entries go, the code's hash, what was used. */
export interface BuildCacheState {
  /** The project's root: where code that runs outside the bundle (worker entries) is read from. */
  root: URL | null
  folder: string | null
  code: string
  /** Entries read or written by this build, as paths relative to `folder`. */
  used: Set<string>
  hits: Record<string, number>
  misses: Record<string, number>
  /** Counts the builds of this process: what is computed once per build is computed again for the next. */
  generation: number
  /** Folders this build has made sure exist (one `mkdir` a kind, not one an entry). */
  folders: Set<string>
}

const STATE = Symbol.for('dossier.build-cache')

/** The state of this build (global: the integration and the pages are loaded as separate module instances). */
export function buildCacheState(): BuildCacheState {
  const holder = globalThis as { [STATE]?: BuildCacheState }
  holder[STATE] ??= { root: null, folder: null, code: '', used: new Set(), hits: {}, misses: {}, generation: 0, folders: new Set() }
  return holder[STATE]
}

/** Starts a build's cache in `folder` (null: no cache) for code with hash `code`, for the project at `root`. */
export function startBuildCache(folder: string | null, code: string, root: URL | null = null): BuildCacheState {
  const state = buildCacheState()
  return Object.assign(state, { root, folder, code, used: new Set<string>(), hits: {}, misses: {}, generation: state.generation + 1, folders: new Set<string>() })
}

/**
 * A value computed once per build: a second build in the same process (tests, scripts calling
 * Astro's `build()`) may load the same page modules again, and must not see the first one's data.
 */
export function oncePerBuild<T>(make: () => T): () => T {
  let made: { generation: number; value: T } | undefined
  return () => {
    const { generation } = buildCacheState()
    if (made?.generation !== generation) made = { generation, value: make() }
    return made.value
  }
}

/**
 * The entry of a kind and key as `read` reads it, or null (counted as a miss) when there is none or
 * no cache. `read` must not keep the bytes: they are only valid during the call (see `readWhole`).
 */
export function lookUp<T>(kind: string, key: string, read: (bytes: Buffer) => T | null): T | null {
  const state = buildCacheState()
  if (!state.folder) return null
  const name = `${kind}/${key}`
  state.used.add(name)
  let value: T | null = null
  try {
    value = read(readWhole(join(state.folder, name)))
  } catch {
    value = null
  }
  const counts = value === null ? state.misses : state.hits
  counts[kind] = (counts[kind] ?? 0) + 1
  return value
}

/** The buffer entries are read into, reused from one entry to the next. */
let scratch = Buffer.allocUnsafe(1 << 20)

/**
 * A file's bytes, in a buffer that the next read overwrites. A rebuild at 10,000 articles reads
 * 370 MB of entries, each deserialized into objects at once: a new buffer for each was garbage
 * that the build held at its peak of memory.
 */
function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2))
    let done = 0
    while (done < size) {
      const count = readSync(fd, scratch, done, size - done, done)
      if (count === 0) break
      done += count
    }
    return scratch.subarray(0, done)
  } finally {
    closeSync(fd)
  }
}

/** Whether the entry of a kind and key is there (false without a cache); marks it used by this build. */
export function holds(kind: string, key: string): boolean {
  const state = buildCacheState()
  if (!state.folder) return false
  const name = `${kind}/${key}`
  state.used.add(name)
  return existsSync(join(state.folder, name))
}

/** Writes an entry (nothing without a cache). */
export function store<T>(kind: string, key: string, value: T, write: (value: T) => Buffer | string): void {
  const state = buildCacheState()
  if (!state.folder) return
  state.used.add(`${kind}/${key}`)
  const file = join(state.folder, `${kind}/${key}`)
  const folder = dirname(file)
  if (!state.folders.has(folder)) {
    mkdirSync(folder, { recursive: true })
    state.folders.add(folder)
  }
  // Written aside and renamed, so that a build stopped midway never leaves half an entry.
  const partial = `${file}.${process.pid}.tmp`
  writeFileSync(partial, write(value))
  renameSync(partial, file)
}

/** Removes the entries of the cache that this build did not use; returns how many. */
export function removeUnusedEntries(state: BuildCacheState): number {
  if (!state.folder) return 0
  let removed = 0
  for (const entry of readdirSync(state.folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    if (state.used.has(path.slice(state.folder.length + 1).split('\\').join('/'))) continue
    rmSync(path, { force: true })
    removed++
  }
  return removed
}
