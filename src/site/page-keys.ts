import { createHash } from 'node:crypto'
import { normalizeText } from '../analyze/sentence-id.ts'
import type { RenderOptions } from '../annotate/render-source.ts'
import type { CuratedTopic, Figure, Quote, Source, Span, Topic } from '../model.ts'
import { buildCacheState, oncePerBuild } from '../cache/build-cache.ts'
import type { Dossier } from './dossier.ts'
import { mentionsIn, type DossierIndex } from './dossier-index.ts'
import type { LinkTargets } from './link-targets.ts'
import { renderKey, withoutPositions } from './render-cache.ts'
import { annotationInputsFor, type NoteInput } from './source-annotations.ts'
import { mentionCounts } from './topic-pages.ts'

/**
 * Keys of the pages for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * route code and key are unchanged since the last build is copied from that build instead of
 * rendered again. A key therefore covers everything the page shows: the site's own settings
 * (title, language) and the code, the page's own data, and every source the page quotes, names or
 * links to, by a digest of the whole article (its title, outlet, date, sentences), so that a page
 * is rendered again whenever anything it could print from a source changed. Objects the pages
 * hold are reduced, in the keys, to what identifies them: a source to its id and digest, a topic
 * to its fields and the number of its mentions (see `reducedForKey`).
 *
 * No keys while the build cache is off (`DOSSIER_CACHE=off`): every page is rendered.
 *
 * The keys, like the build cache's, are SHA-1: they name cache entries, they sign nothing, and on
 * this project's 2-core machine (no SHA instructions) SHA-1 hashes twice as fast as SHA-256. A
 * build hashes about 30 MB of key text per 1,000 articles (measured at 1,000).
 */

/** The key of a page from its parts, or undefined when pages are not to be reused. */
export type PageKey = string | undefined

/** A key as a getStaticPaths entry carries it: `{ cacheKey }`, or nothing (the page is always rendered). */
export function cacheKey(key: PageKey): { cacheKey?: string } {
  return key === undefined ? {} : { cacheKey: key }
}

/** Whether this build gives its pages keys (the build cache is on). */
export function keysOn(): boolean {
  return buildCacheState().folder !== null
}

/** Digests of the sources by id, for this build (an article is hashed once, however many pages show it). */
const digestsOfBuild = oncePerBuild(() => new Map<string, string>())

/** A digest of everything a page can show of a source: the article as parsed (its sentences follow from it and the code). */
export function sourceDigest(source: Source): string {
  const digests = digestsOfBuild()
  let digest = digests.get(source.article.id)
  if (digest === undefined) {
    digest = createHash('sha1').update(JSON.stringify(source.article)).digest('base64url').slice(0, 22)
    digests.set(source.article.id, digest)
  }
  return digest
}

/**
 * How the parts of a key are written: a source (an object with `article` and `sentences`) as its
 * id and digest; a topic (an object with `slug`, `kind` and `mentions`) as its fields and its
 * number of mentions, not the mentions themselves. Everything else as it is. Objects are copied only
 * where something inside them is replaced, so that the text is then written by the native
 * `JSON.stringify`: with a replacer function it took 2.5 times as long (at 10,000 articles, about
 * 4 s of the 20 s before the first page).
 */
function reducedForKey(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const reduced = reducedForKey(item)
      if (reduced !== item) (copy ??= value.slice())[i] = reduced
    }
    return copy ?? value
  }
  if ('article' in value && 'sentences' in value) {
    const source = value as Source
    return `source ${source.article.id} ${sourceDigest(source)}`
  }
  if ('slug' in value && 'kind' in value && 'mentions' in value && Array.isArray((value as Topic).mentions)) {
    const topic = value as Topic
    return { slug: topic.slug, name: topic.name, kind: topic.kind, aliases: topic.aliases, summary: topic.summary, curated: topic.curated, mentions: topic.mentions.length }
  }
  let copy: Record<string, unknown> | null = null
  for (const name in value) {
    const field = (value as Record<string, unknown>)[name]
    if (field === null || typeof field !== 'object') continue
    const reduced = reducedForKey(field)
    if (reduced !== field) (copy ??= { ...value })[name] = reduced
  }
  return copy ?? value
}

/**
 * A field `source` holding a source id (a mention, a cross-reference's member, a figure, a quote's
 * occurrence), as JSON writes it. Inside a JSON string every quote is escaped, so this is found in
 * fields only.
 */
const SOURCE_FIELD = '"source":"'

/**
 * The digests of the sources a key's text names in `source` fields, in order of first mention: the
 * sentence texts and labels the page prints from them are covered that way. Found with `indexOf`,
 * not a regular expression's matches: a source page's key names its sources thousands of times, and
 * a match object apiece took 1.2 s of the 13.5 s of keys in a 10,000-article rebuild.
 */
function digestsNamedIn(text: string, index: Pick<DossierIndex, 'sourceById'>): string {
  const seen = new Set<string>()
  const digests: string[] = []
  for (let at = text.indexOf(SOURCE_FIELD); at !== -1; ) {
    const start = at + SOURCE_FIELD.length
    const end = closingQuote(text, start)
    const written = text.slice(start, end)
    const id = written.includes('\\') ? (JSON.parse(`"${written}"`) as string) : written
    if (!seen.has(id)) {
      seen.add(id)
      const source = index.sourceById.get(id)
      if (source) digests.push(`${id} ${sourceDigest(source)}`)
    }
    at = text.indexOf(SOURCE_FIELD, end + 1)
  }
  return digests.join('\n')
}

/** Where the JSON string that starts at `start` ends: the next quote not escaped by a backslash. */
function closingQuote(text: string, start: number): number {
  let end = text.indexOf('"', start)
  while (end > 0) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return end
    end = text.indexOf('"', end + 1)
  }
  return text.length
}

/** Node and its ICU: numbers (`toLocaleString`) and word segmentation are theirs. */
const RUNTIME = `${process.version} icu ${process.versions.icu ?? ''}`

/**
 * The key of a page: the code, the runtime, the site's settings, the page's parts as
 * `reducedForKey` writes them, and the digests of the sources they name.
 */
export function pageKey(dossier: Dossier, route: string, parts: unknown): PageKey {
  if (!keysOn()) return undefined
  const text = JSON.stringify({ route, site: siteOf(dossier), parts: reducedForKey(parts) })
  return createHash('sha1').update(text).update('\u0000').update(digestsNamedIn(text, dossier.index)).digest('base64url').slice(0, 32)
}

/** What every page's key holds of the site: the code, the runtime, the dossier's settings. */
function siteOf(dossier: Dossier) {
  return { code: buildCacheState().code, runtime: RUNTIME, title: dossier.title, subtitle: dossier.subtitle, author: dossier.author, language: dossier.language }
}

/** The site as a key's text, for keys made without the dossier at hand (a topic page's in a worker: `topicPageFileKey`). */
export function siteKeyText(dossier: Dossier): string {
  return JSON.stringify(siteOf(dossier))
}

/**
 * The key of a rendered source in a printed volume (render-cache.ts), marked as used by this
 * build: a volume copied from the last build does not read its rendered sources, and the cache
 * must keep them for the next build that renders the volume again (one of its sources changed).
 */
export function renderedSourceKey(source: Source, dossier: Dossier, targets: LinkTargets, options: RenderOptions = {}): string {
  const state = buildCacheState()
  const key = renderKey(state.code, source, annotationInputsFor(source, dossier.index, dossier.annotations, targets), options)
  // The entry's name as render-cache.ts files it (`lookUpRender`: `render/<key>.json`).
  state.used.add(`render/${key}.json`)
  return key
}

/**
 * What the annotation pipeline draws on a source's own page, as key data: with the source's digest,
 * everything its rendered text depends on, and nothing twice. The page's key holds it instead of a
 * rendering's key (`renderedSourceKey`): a source's own rendering is not kept in the build cache, the
 * page is. Texts the digests cover are left out: a note's passages are their other source (whose
 * digest the key adds) and link, not their sentences' words; a topic link is its span and slug,
 * with each topic's name once. At 1,000 articles this is 7 MB of key text instead of 19 MB.
 */
export function annotationsShownOn(source: Source, dossier: Dossier, targets: LinkTargets) {
  const { topicLinks, marks, notes } = annotationInputsFor(source, dossier.index, dossier.annotations, targets)
  // A map, not an object: a slug is text from the articles, and an object key such as `__proto__` would not be kept.
  const names = new Map<string, string>()
  const links = [...topicLinks].map(([sentence, list]) => [sentence, list.map(({ start, end, topic, name }) => {
    names.set(topic, name)
    return [start, end, topic]
  })])
  return { links, names: [...names], marks, notes: [...notes].map(([sentence, list]) => [sentence, list.map(noteKeyData)]) }
}

/** A note as key data: a cross-reference without the passages' texts, the analyst's without source positions. */
function noteKeyData(input: NoteInput) {
  if (input.kind === 'analyst') return withoutPositions(input)
  const { kind, sources, more, discrepancies, passages } = input.note
  return { kind, sources, more, discrepancies, passages: passages.map(({ source, href }) => ({ source, href })) }
}

/**
 * The topics a source page lists, and what a topic page shows besides its mentions, are read twice
 * in a build: by the page's key and by the page. They are computed once (per build, by source id
 * and topic slug): at 10,000 articles each took 1 to 2.5 s of the main thread per pass.
 */
const namedInOfBuild = oncePerBuild(() => new Map<string, Topic[]>())
const topicViewsOfBuild = oncePerBuild(() => new Map<string, TopicView>())

/** The topics a source page lists as named in it: most mentioned first. */
export function topicsNamedIn(source: Source, index: DossierIndex): Topic[] {
  const id = source.article.id
  const known = namedInOfBuild().get(id)
  if (known) return known
  const named = [...new Map(source.sentences.flatMap((sentence) => mentionsIn(index, id, sentence.id).map(({ topic }) => [topic.slug, topic] as const))).values()]
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1))
  namedInOfBuild().set(id, named)
  return named
}

/**
 * The key of one page of a topic's: the topic, the page's mentions (with their sources' digests: the
 * sentences they are in), the sources naming it, the analyst's notes (`notes`: a curated topic's
 * body as written), quotes, figures and related topics. Not the number of sources in the dossier:
 * the page does not print it, so an added article re-renders only the topics it names.
 */
export function topicPageKey(dossier: Dossier, topic: Topic, mentions: readonly Span[], pageNumber: number, pageCount: number, notes?: string): PageKey {
  if (!keysOn()) return undefined
  const view = topicView(topic, dossier)
  return pageKey(dossier, 'topic', {
    topic,
    mentions,
    pageNumber,
    pageCount,
    ...view,
    curated: view.curated ? { ...view.curated, body: notes } : null,
    related: view.related.map(({ topic: other, shared }) => [other.slug, other.name, shared]),
  })
}

/** The analyst's curated topic that a topic is, by name or alias, if any. */
export function curatedOf(topic: Topic, dossier: Dossier): CuratedTopic | undefined {
  if (dossier.curated.length === 0) return undefined
  const forms = new Set([topic.name, ...topic.aliases].map(normalizeText))
  return dossier.curated.find((candidate) => forms.has(normalizeText(candidate.name)))
}

/** What a topic page shows besides its mentions (`topicView`). */
export interface TopicView {
  counts: ReturnType<typeof mentionCounts>
  curated: CuratedTopic | undefined
  quotes: Quote[]
  figures: Figure[]
  related: { topic: Topic; shared: number }[]
}

/** What a topic page shows besides its mentions: sources with counts, curated notes, quotes, figures, related topics. */
export function topicView(topic: Topic, dossier: Dossier): TopicView {
  const known = topicViewsOfBuild().get(topic.slug)
  if (known) return known
  const { index } = dossier
  const view: TopicView = {
    counts: mentionCounts(topic),
    curated: curatedOf(topic, dossier),
    quotes: index.quotesBySpeaker.get(topic.slug) ?? [],
    figures: [...new Map(topic.mentions.flatMap((span) => index.figuresBySentence.get(span.source, span.sentence) ?? []).map((figure) => [`${figure.source}#${figure.sentence}#${figure.start}`, figure])).values()],
    related: (index.relatedTopics.get(topic.slug) ?? []).slice(0, 12),
  }
  topicViewsOfBuild().set(topic.slug, view)
  return view
}
