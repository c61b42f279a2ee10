import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { CrossRef, Figure, Quote, Source, Span, Topic } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { PAGES, sourcePage, topicPage } from './paths.ts'

/** The `dist/dossier.json` contract (DESIGN.md): field names never change; fields may be added. */
export interface DossierJson {
  version: 1
  title: string
  pages: typeof PAGES
  sources: {
    id: string
    title: string
    outlet: string | null
    published: string | null
    url: string | null
    page: string
    file: string
    format: string
    sentences: { id: string; role: string; text: string }[]
  }[]
  topics: (Pick<Topic, 'slug' | 'name' | 'kind' | 'aliases' | 'summary' | 'curated'> & { page: string; mentions: Span[] })[]
  crossrefs: CrossRef[]
  quotes: (Omit<Quote, 'occurrences'> & { occurrences: { source: string; sentence: string; text: string }[] })[]
  figures: Figure[]
  unique: Record<string, string[]>
  skipped: { file: string; reason: string }[]
}

/** The whole analysis as the contract's plain data. */
export function toDossierJson(dossier: Dossier): DossierJson {
  const { analysis } = dossier
  return {
    version: 1,
    title: dossier.title,
    pages: PAGES,
    sources: dossier.sources.map(sourceJson),
    topics: analysis.topics.map(topicJson),
    crossrefs: analysis.crossrefs,
    quotes: analysis.quotes.map(quoteJson),
    figures: analysis.figures,
    unique: analysis.unique,
    skipped: dossier.skipped,
  }
}

/**
 * `JSON.stringify(toDossierJson(dossier))`, in pieces of about `size` characters: at 10,000
 * sources the whole text is some 170 MB, and a copy of the data plus one string that long was the
 * build's peak of memory. Written item by item, only one piece is held at a time.
 */
export function* dossierJsonText(dossier: Dossier, size = 1 << 16): Generator<string> {
  let piece = ''
  for (const part of dossierJsonParts(dossier)) {
    piece += part
    if (piece.length >= size) {
      yield piece
      piece = ''
    }
  }
  if (piece) yield piece
}

/**
 * Writes `dossierJsonText` and a line end to `file`, piece by piece as the disk takes them: at
 * 10,000 sources, handing the 174 MB to Astro as an endpoint's body held it three times over
 * (its pieces, the whole body, and the copy in Astro's incremental cache) at the build's peak of
 * memory. Written aside and renamed, so a build stopped midway leaves no half file.
 */
export async function writeDossierJson(file: string, dossier: Dossier): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`
  try {
    await pipeline(Readable.from(withLineEnd(dossierJsonText(dossier))), createWriteStream(partial))
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
}

function* withLineEnd(pieces: Iterable<string>): Generator<string> {
  yield* pieces
  yield '\n'
}

/** The text of the contract, field by field and item by item, in `toDossierJson`'s order. */
function* dossierJsonParts(dossier: Dossier): Generator<string> {
  const { analysis } = dossier
  yield `{"version":1,"title":${JSON.stringify(dossier.title)},"pages":${JSON.stringify(PAGES)}`
  yield* arrayParts('sources', dossier.sources, sourceJson)
  yield* arrayParts('topics', analysis.topics, topicJson)
  yield* arrayParts('crossrefs', analysis.crossrefs, (crossref) => crossref)
  yield* arrayParts('quotes', analysis.quotes, quoteJson)
  yield* arrayParts('figures', analysis.figures, (figure) => figure)
  yield ',"unique":{'
  let first = true
  for (const [source, sentences] of Object.entries(analysis.unique)) {
    yield `${first ? '' : ','}${JSON.stringify(source)}:${JSON.stringify(sentences)}`
    first = false
  }
  yield `},"skipped":${JSON.stringify(dossier.skipped)}}`
}

/** `,"name":[…]` with each item as `json` makes it. */
function* arrayParts<T>(name: string, items: readonly T[], json: (item: T) => unknown): Generator<string> {
  yield `,${JSON.stringify(name)}:[`
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}${JSON.stringify(json(items[i]!))}`
  yield ']'
}

function sourceJson({ article, sentences }: Source): DossierJson['sources'][number] {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    page: sourcePage(article.id),
    file: article.file,
    format: article.format,
    sentences: sentences.map(({ id, role, text }) => ({ id, role, text })),
  }
}

function topicJson(topic: Topic): DossierJson['topics'][number] {
  return {
    slug: topic.slug,
    name: topic.name,
    kind: topic.kind,
    aliases: topic.aliases,
    summary: topic.summary,
    curated: topic.curated,
    page: topicPage(topic.slug),
    mentions: topic.mentions.map(({ source, sentence, text, start, end }) => ({ source, sentence, text, start, end })),
  }
}

function quoteJson(quote: Quote): DossierJson['quotes'][number] {
  return { ...quote, occurrences: quote.occurrences.map(({ source, sentence, text }) => ({ source, sentence, text })) }
}
