/**
 * Everything the analysis reads from one source alone: its tokens, its name candidates, its
 * figures and its quotes before their speakers are linked to topics. Plain data (arrays, typed
 * arrays, strings, numbers), deterministic, and free of the rest of the corpus, so a build can
 * cache it per source (keyed by the source's content and EXTRACT_VERSION) and compute it in
 * worker threads; `analyzeCorpus(sources, curated, { extracts })` takes it back.
 */
import type { Article, Block, Figure, Sentence, Source } from '../model.ts'
import { findFigures, mayHoldFigure, startsNumberWord } from './find-figures.ts'
import { findQuotes } from './find-quotes.ts'
import type { QuoteOccurrence } from './find-quotes.ts'
import { extractNames } from './source-names.ts'
import type { SourceNames } from './source-names.ts'
import { extractTokens, packTokens } from './token-store.ts'
import type { SourceTokens } from './token-store.ts'

/** Changes whenever what an extract holds, or how it is computed, changes: part of any cache key. */
export const EXTRACT_VERSION = 2

/**
 * What the analysis reads from one source alone. Structured-clone-able (typed arrays inside): use
 * `v8.serialize` or `structuredClone`, not JSON. Made of few heap objects (words joined, names as
 * JSON text, one empty list for all sentences without figures): a caller may hold every extract
 * through the whole analysis, and each object of theirs is marked by every full garbage collection.
 */
export interface SourceExtract {
  version: number
  /** The source's id and sentence count, to catch an extract handed in for the wrong source. */
  id: string
  sentences: number
  tokens: SourceTokens
  /** The source's name candidates (`SourceNames`) as JSON text; `parseNames` reads them. */
  names: string
  /** Per sentence, the figures it states (one shared empty list for the sentences that state none). */
  figures: Figure[][]
  /** The source's quotes, speakers as written (linked to topics by the corpus analysis). */
  quotes: QuoteOccurrence[]
}

/** What extractSource reads from a source: its id, its blocks and its sentences. */
export interface ExtractInput {
  article: Pick<Article, 'id'>
  blocks: readonly Block[]
  sentences: readonly Sentence[]
}

/** Extracts what the analysis needs from one source. */
export function extractSource(source: ExtractInput): SourceExtract {
  const tokens = extractTokens(source.sentences.map((sentence) => sentence.text))
  const none: Figure[] = []
  // Whether each spelling's key starts with a number word, asked once per spelling.
  const numberWord = new Uint8Array(tokens.spellings.length)
  const anyNumberWord = (i: number) => {
    for (let t = tokens.first[i]!; t < tokens.first[i + 1]!; t++) {
      const spelling = tokens.spelling[t]!
      if (numberWord[spelling] === 0) numberWord[spelling] = startsNumberWord(tokens.keys[spelling]!) ? 2 : 1
      if (numberWord[spelling] === 2) return true
    }
    return false
  }
  const mayHold = (i: number) => mayHoldFigure(source.sentences[i]!.text, () => anyNumberWord(i))
  return {
    version: EXTRACT_VERSION,
    id: source.article.id,
    sentences: source.sentences.length,
    tokens: packTokens(tokens),
    names: JSON.stringify(extractNames(source.sentences, tokens)),
    figures: source.sentences.map((sentence, i) => {
      const figures = findFigures(sentence, mayHold(i))
      return figures.length > 0 ? figures : none
    }),
    quotes: findQuotes(source.blocks),
  }
}

/** An extract's name candidates from their JSON text (plain data, so JSON gives them back equal). */
export function parseNames(names: string): SourceNames {
  return JSON.parse(names) as SourceNames
}

/** Whether an extract was made from this source by this version of the code (by id and shape; content is the caller's cache key). */
export function fitsSource(extract: SourceExtract, source: Source): boolean {
  return extract.version === EXTRACT_VERSION && extract.id === source.article.id && extract.sentences === source.sentences.length
}
