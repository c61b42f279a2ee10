import { createHash } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'
import { EXTRACT_VERSION, extractSource, type SourceExtract } from '../analyze/extract-source.ts'
import { splitSource } from '../analyze/split-source.ts'
import type { Article, Source } from '../model.ts'
import { buildCacheState, cached } from './build-cache.ts'

/** A source split into sentences, with what the analysis reads from it alone. */
export interface AnalysedSource {
  source: Source
  extract: SourceExtract
}

/**
 * Each article split into sentences and its own part of the analysis (`extractSource`), read back
 * from the cache when the article and the code are unchanged: a rebuild after one article changed
 * or was added splits and extracts that article only; the corpus-wide analysis (topics, alignment)
 * then runs over all of them.
 */
export function analysedSources(articles: readonly Article[]): AnalysedSource[] {
  const state = buildCacheState()
  return articles.map((article) => {
    const make = () => {
      const source = splitSource(article)
      return { source, extract: extractSource(source) }
    }
    if (!state.folder) return make()
    return cached('analysis', `${analysisKey(state.code, article)}.v8`, readEntry, make, (entry) => serialize(entry))
  })
}

/** The hash of an article as parsed, of the code that analyses it and of the V8 that serialises the entry. */
export function analysisKey(code: string, article: Article): string {
  return createHash('sha256').update(`${code}\u0000${EXTRACT_VERSION}\u0000${process.versions.v8}\u0000`).update(JSON.stringify(article)).digest('base64url').slice(0, 32)
}

/** A cached entry, or null when it is not one of this version. */
function readEntry(bytes: Buffer): AnalysedSource | null {
  const entry = deserialize(bytes) as Partial<AnalysedSource>
  return entry.source && entry.extract?.version === EXTRACT_VERSION ? (entry as AnalysedSource) : null
}
