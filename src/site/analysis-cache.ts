import { createHash } from 'node:crypto'
import { DefaultDeserializer } from 'node:v8'
import { EXTRACT_VERSION, type SourceExtract } from '../analyze/extract-source.ts'
import { extractArticles } from '../analyze/extract-sources.ts'
import type { Article, Source } from '../model.ts'
import { buildCacheState, lookUp, store } from '../cache/build-cache.ts'

/** A source split into sentences, with what the analysis reads from it alone. */
export interface AnalysedSource {
  source: Source
  extract: SourceExtract
}

/**
 * Each article split into sentences and its own part of the analysis (`extractSource`), read back
 * from the cache when the article and the code are unchanged: a rebuild after one article changed
 * or was added splits and extracts that article only; the corpus-wide analysis (topics, alignment)
 * then runs over all of them. Many articles to extract at once (a first build) go to worker threads.
 */
export async function analysedSources(articles: readonly Article[]): Promise<AnalysedSource[]> {
  const { code, root, folder } = buildCacheState()
  const keys = articles.map((article) => `${analysisKey(code, article)}.v8`)
  const found = articles.map((_, i) => lookUp('analysis', keys[i]!, readEntry))
  const missing = articles.flatMap((_, i) => (found[i] ? [] : [i]))
  // The worker entry is read from the project's source, not from the bundle the pages run in. The workers
  // also serialize each entry for the cache (as `serialize(entry)` would here), written as it arrives.
  const onEntry = folder ? (k: number, bytes: Uint8Array) => store('analysis', keys[missing[k]!]!, bytes, asBuffer) : undefined
  const { sources, extracts } = await extractArticles(missing.map((i) => articles[i]!), { ...(root ? { workerUrl: new URL('src/analyze/extract-worker.ts', root) } : {}), ...(onEntry ? { onEntry } : {}) })
  missing.forEach((i, k) => {
    found[i] = { source: sources[k]!, extract: extracts[k]! }
  })
  return found as AnalysedSource[]
}

/** The hash of an article as parsed, of the code that analyses it and of the V8 that serialises the entry. */
export function analysisKey(code: string, article: Article): string {
  return createHash('sha1').update(`${code}\u0000${EXTRACT_VERSION}\u0000${process.versions.v8}\u0000`).update(JSON.stringify(article)).digest('base64url').slice(0, 32)
}

/** Serialized bytes as a Buffer (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** A cached entry, or null when it is not one of this version. */
function readEntry(bytes: Buffer): AnalysedSource | null {
  const deserializer = new OwnBytesDeserializer(bytes)
  deserializer.readHeader()
  const entry = deserializer.readValue() as Partial<AnalysedSource>
  return entry.source && entry.extract?.version === EXTRACT_VERSION ? (entry as AnalysedSource) : null
}

/**
 * Node's deserializer makes each typed array a view into the bytes it read, so that one token
 * array of an extract kept its whole entry's buffer alive (a rebuild of 10,000 sources held up to
 * 660 MB of array buffers), and the bytes could not be read into a buffer used again
 * (build-cache.ts). Each array here gets bytes of its own.
 */
class OwnBytesDeserializer extends DefaultDeserializer {
  _readHostObject(): unknown {
    const view = (DefaultDeserializer.prototype as unknown as { _readHostObject(this: DefaultDeserializer): ArrayBufferView })._readHostObject.call(this)
    if (Buffer.isBuffer(view)) return Buffer.from(view)
    if (view instanceof DataView) return new DataView(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength))
    return (view as Uint8Array).slice()
  }
}
