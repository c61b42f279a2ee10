/**
 * The corpus analysis, run once per build: sentences → topics (names merged across sources,
 * curated topics applied) → quotes with speakers → figures → cross-references between sources
 * with their discrepancies → what each source alone reports. Pure and deterministic.
 */
import type { Analysis, CuratedTopic, Figure, Quote, Sentence, Source, Span, Topic } from '../model.ts'
import { alignSentences } from './align-sentences.ts'
import type { AlignInput, AlignOptions } from './align-sentences.ts'
import { buildCrossRefs } from './build-crossrefs.ts'
import { CandidateGroups, buildTopics } from './build-topics.ts'
import type { TopicDraft } from './build-topics.ts'
import { commonWordTestOf } from './common-words.ts'
import { compareStrings } from './compare.ts'
import { detectCandidates } from './detect-candidates.ts'
import { differentQuantities, discrepancyFinder } from './find-discrepancies.ts'
import type { Passage } from './find-discrepancies.ts'
import { extractSource, fitsSource, parseNames } from './extract-source.ts'
import type { SourceExtract } from './extract-source.ts'
import { forEachMention, indexForms, startsSomeForm } from './match-mentions.ts'
import { MentionColumns } from './mention-columns.ts'
import type { Mention } from './match-mentions.ts'
import type { Token } from './tokenize.ts'
import { fullText, gramOverlap, mergeQuotes, quoteGrams, quoteWords } from './merge-quotes.ts'
import type { ResolvedOccurrence } from './merge-quotes.ts'
import { SentenceTermIds } from './sentence-terms.ts'
import type { MentionPlace } from './sentence-terms.ts'
import { mergeNames } from './source-names.ts'
import { TermTable } from './term-vectors.ts'
import type { TermLists } from './term-vectors.ts'
import { TokenPool, TokenStore } from './token-store.ts'
import { uniqueSentences } from './unique-sentences.ts'
import { DEFAULT_ALIGN_OPTIONS, scoreFloor } from './align-sentences.ts'
import { startScoring } from './background-scores.ts'
import type { BackgroundScoring } from './background-scores.ts'

const NO_FIGURES: readonly Figure[] = Object.freeze([])

/** Options for tuning and tests; every field has a sensible default. */
export interface AnalyzeOptions {
  align?: Partial<AlignOptions>
  /** Called after each stage with its name and duration in milliseconds (for benchmarks and build logs). */
  onStage?: (stage: string, ms: number) => void
  /** Each source's extract (`extractSource`), in the order of `sources`, e.g. from a cache or worker threads; computed when absent. */
  extracts?: readonly SourceExtract[]
  /**
   * Where the quotes' overlaps are computed and the alignment's candidate pairs scored: in a worker
   * thread (while this one matches mentions, then resolves the quotes), for corpora of at least
   * `minSentences` sentences (default SCORE_WORKER_MIN_SENTENCES) with the worker entry `entry`
   * (default: score-worker.ts beside this file; give it when this module is bundled); `false`: in
   * this thread. The result is the same either way.
   */
  scoreWorker?: { entry?: URL; minSentences?: number } | false
}

/**
 * Below this many sentences (~1,350 generated articles) the candidate pairs are scored in this
 * thread: the worker's start (~0.1 s, its modules loading beside this thread's work) did not pay at
 * 1,000 articles (44,000 sentences), where the alignment takes ~0.7 s, on a loaded 2-core machine.
 */
export const SCORE_WORKER_MIN_SENTENCES = 60_000

/** Analyses a whole corpus of sources against the curated topics. */
export function analyzeCorpus(sources: readonly Source[], curated: readonly CuratedTopic[], options: AnalyzeOptions = {}): Analysis {
  const scoreWorker = options.scoreWorker
  const background = scoreWorker !== false && sentenceCount(sources) >= (scoreWorker?.minSentences ?? SCORE_WORKER_MIN_SENTENCES) ? startScoring(scoreWorker?.entry) : undefined
  try {
    return analyze(sources, curated, options, background)
  } finally {
    background?.stop()
  }
}

/** The analysis, its candidate pairs scored by `background` when given. */
function analyze(sources: readonly Source[], curated: readonly CuratedTopic[], options: AnalyzeOptions, background: BackgroundScoring | undefined): Analysis {
  const lap = stopwatch(options.onStage)
  const order = sources.map((_, i) => i).sort((a, b) => compareStrings(sources[a]!.article.id, sources[b]!.article.id))
  const ordered = order.map((i) => sources[i]!)
  // Each source's tokens go to the store as soon as they are extracted; only the rest of an extract is kept (less memory at peak).
  const store = new TokenStore()
  if (options.extracts) store.reserve(sentenceCount(sources), tokenCount(options.extracts))
  const extracts = order.map((i): Partial<Pick<SourceExtract, 'names'>> & Pick<SourceExtract, 'figures' | 'quotes'> => {
    const { tokens, names, figures, quotes } = extractOf(sources[i]!, options.extracts?.[i])
    store.addSource(tokens)
    return { names, figures, quotes }
  })
  lap('extract')
  background?.submitQuotes(extracts.flatMap((extract) => extract.quotes.map(fullText)))
  const sentences = ordered.flatMap((source) => source.sentences)
  const isCommon = commonWordTestOf(store)
  lap('tokens and common words')
  // Stages in functions of their own: what only they use (candidate groups, the form index, the term table's map) is garbage once they return, not marked again through the later stages.
  const drafts = topicDrafts(ordered, extracts, store, isCommon, curated, lap)
  // Most sentences state no figure: one shared empty list for them all (fewer objects for the GC to mark).
  const figuresBySentence = extracts.flatMap((extract) => extract.figures.map((figures) => (figures.length > 0 ? figures : NO_FIGURES)))
  lap('figures')
  const { mentions, terms, names } = mentionsAndTerms(sentences, store, drafts, isCommon, figuresBySentence)
  const group = outletGroups(ordered)
  const groupOf = sentences.map((sentence) => group.get(sentence.source)!)
  const alignOptions = { ...DEFAULT_ALIGN_OPTIONS, ...options.align }
  background?.submit(terms, names, groupOf, alignOptions, scoreFloor(alignOptions))
  const kinds = keptKinds(drafts, mentions.counts())
  lap('mentions and terms')
  const label = sourceLabeller(ordered)
  const position = positions(ordered)
  const quotes = mergeQuotes(resolveSpeakers(ordered, extracts, position, (at) => mentions.of(at, sentences[at]!), kinds), label, background?.takeQuotes())
  extracts.length = 0 // quotes resolved, figures listed: the extracts are no longer read
  lap('quotes')
  const kindOf = (slug: string) => kinds.get(slug) ?? 'other'
  const pools = [new TokenPool(), new TokenPool()] as const
  const passage = (i: number, side: 0 | 1): Passage => new LazyPassage(i, sentences[i]!, label(sentences[i]!.source), figuresBySentence[i]!, kindOf, store, pools[side], mentions)
  const figureless = (i: number): Passage => ({ sentence: sentences[i]!, label: '', figures: figuresBySentence[i]!, mentions: [], kindOf })
  const alignInput: AlignInput = {
    terms,
    names,
    group: groupOf,
    source: sentences.map((sentence) => group.get(`#${sentence.source}`)!),
    quotePairs: quotePairs(quotes, position, groupOf, sentences.length),
    // Most scored pairs have a sentence without figures: no passages made for them (they report no different quantities).
    differentEvents: (a, b) => figuresBySentence[a]!.length > 0 && figuresBySentence[b]!.length > 0 && differentQuantities(figureless(a), figureless(b)),
  }
  // Waited for apart, so a build log shows how much of the scoring the quotes did not hide.
  const scores = background?.take()
  if (background) lap('candidate scores (wait)')
  const edges = alignSentences(alignInput, alignOptions, scores)
  lap('alignment')
  const compare = discrepancyFinder()
  const crossrefs = buildCrossRefs(edges, sentences, (a, b) => compare(passage(a, 0), passage(b, 1)))
  lap('cross-references')
  // The spans are made last: a million objects at 10,000 articles, not carried through alignment.
  const topics = toTopics(drafts, mentions.spans(sentences))
  lap('topic mentions')
  return {
    topics,
    crossrefs,
    quotes,
    figures: figuresBySentence.flat().filter(isLedgerFigure),
    unique: uniqueSentences(ordered, crossrefs),
  }
}

/** A passage whose tokens and mentions are made when a rule first reads them (few pairs have a person or a hedge); a class, so no getter closures per passage. */
class LazyPassage implements Passage {
  readonly sentence: Sentence
  readonly label: string
  readonly figures: readonly Figure[]
  readonly kindOf: (slug: string) => string
  private readonly index: number
  private readonly store: TokenStore
  private readonly pool: TokenPool
  private readonly columns: MentionColumns
  private madeTokens: Token[] | undefined
  private madeMentions: Mention[] | undefined

  constructor(index: number, sentence: Sentence, label: string, figures: readonly Figure[], kindOf: (slug: string) => string, store: TokenStore, pool: TokenPool, columns: MentionColumns) {
    this.index = index
    this.sentence = sentence
    this.label = label
    this.figures = figures
    this.kindOf = kindOf
    this.store = store
    this.pool = pool
    this.columns = columns
  }

  get tokens(): Token[] {
    return (this.madeTokens ??= this.store.tokens(this.index, this.sentence.text, this.pool))
  }

  get mentions(): Mention[] {
    return (this.madeMentions ??= this.columns.of(this.index, this.sentence))
  }
}

/** Merges the sources' name candidates (stage "name candidates") and builds the topic drafts (stage "topics"). */
function topicDrafts(ordered: readonly Source[], extracts: readonly { names?: SourceExtract['names'] }[], store: TokenStore, isCommon: (key: string) => boolean, curated: readonly CuratedTopic[], lap: (stage: string) => void): TopicDraft[] {
  const groups = new CandidateGroups()
  const pool = new TokenPool()
  let offset = 0
  ordered.forEach((source, s) => {
    const base = offset
    const redo = (local: number) => detectCandidates(source.sentences[local]!, isCommon, store.tokens(base + local, source.sentences[local]!.text, pool))
    mergeNames(groups, parseNames(extracts[s]!.names!), source.sentences, isCommon, redo)
    delete extracts[s]!.names // merged: not kept through the later stages (less memory to mark)
    offset += source.sentences.length
  })
  lap('name candidates')
  const drafts = buildTopics(groups, curated)
  lap('topics')
  return drafts
}

/** Each sentence's topic mentions and content terms (as ids of `names`). */
function mentionsAndTerms(sentences: readonly Sentence[], store: TokenStore, drafts: readonly TopicDraft[], isCommon: (key: string) => boolean, figuresBySentence: readonly (readonly Figure[])[]): { mentions: MentionColumns; terms: TermLists; names: string[] } {
  const index = indexForms(drafts)
  const pool = new TokenPool()
  const mentions = new MentionColumns()
  // The sentence's mentions as the terms read them: objects reused from sentence to sentence.
  const places: MentionPlace[] = []
  const found: MentionPlace[] = []
  const add = (slug: string, start: number, end: number) => {
    mentions.add(slug, start, end)
    let place = places[found.length]
    if (place === undefined) places.push(place = { slug, start, end })
    else { place.slug = slug; place.start = start; place.end = end }
    found.push(place)
  }
  const table = new TermTable()
  const termIds = new SentenceTermIds(table, store.vocabulary.keys.length)
  const starts = new Uint8Array(store.vocabulary.keys.length) // per key id: 0 not asked yet, 1 starts no form, 2 may start one
  const mayStartAt = (index_: number) => {
    const id = store.keyAt(index_)
    if (starts[id] === 0) starts[id] = startsSomeForm(index, store.vocabulary.keys[id]!) ? 2 : 1
    return starts[id] === 2
  }
  for (let i = 0; i < sentences.length; i++) {
    const tokens = store.tokens(i, sentences[i]!.text, pool)
    const from = store.range(i)[0]
    found.length = 0
    forEachMention(tokens, index, isCommon, (k) => mayStartAt(from + k), add)
    mentions.endSentence()
    termIds.append(found, figuresBySentence[i]!, tokens, (k) => store.keyAt(from + k))
  }
  return { mentions, terms: termIds.packed(), names: table.names }
}

/** How many sentences the sources hold. */
function sentenceCount(sources: readonly Source[]): number {
  return sources.reduce((sum, source) => sum + source.sentences.length, 0)
}

/** How many tokens the extracts hold. */
function tokenCount(extracts: readonly SourceExtract[]): number {
  return extracts.reduce((sum, extract) => sum + extract.tokens.spelling.length, 0)
}

/** The source's extract: the one given, checked, or a new one. */
function extractOf(source: Source, given: SourceExtract | undefined): SourceExtract {
  if (!given) return extractSource(source)
  if (!fitsSource(given, source)) throw new Error(`analyzeCorpus: the extract given for source "${source.article.id}" does not fit it (id "${given.id}", ${given.sentences} sentences, version ${given.version}); extracts must follow the order of sources and come from this version of extractSource`)
  return given
}

/** Index of each sentence in the corpus's sentence list, by source id and sentence id. */
type Positions = (source: string, sentence: string) => number | undefined

/** Looks sentences up by source and id without a key string per sentence of the corpus. */
function positions(sources: readonly Source[]): Positions {
  const bySource = new Map<string, { offset: number; source: Source; ids?: Map<string, number> }>()
  let offset = 0
  for (const source of sources) {
    bySource.set(source.article.id, { offset, source })
    offset += source.sentences.length
  }
  return (sourceId, sentenceId) => {
    const entry = bySource.get(sourceId)
    if (!entry) return undefined
    entry.ids ??= new Map(entry.source.sentences.map((sentence, k) => [sentence.id, k]))
    const local = entry.ids.get(sentenceId)
    return local === undefined ? undefined : entry.offset + local
  }
}

/** A function that reports the time since its previous call under a stage name. */
function stopwatch(onStage: AnalyzeOptions['onStage']): (stage: string) => void {
  let last = performance.now()
  return (stage) => {
    const now = performance.now()
    onStage?.(stage, now - last)
    last = now
  }
}

/** Topics with their mentions (spans by slug); detected topics never mentioned are dropped, curated ones kept. */
function toTopics(drafts: readonly TopicDraft[], bySlug: ReadonlyMap<string, Span[]>): Topic[] {
  return drafts
    .map((draft): Topic => ({
      slug: draft.slug, name: draft.name, kind: draft.kind, aliases: aliasesOf(draft, bySlug.get(draft.slug) ?? []),
      summary: draft.summary, curated: draft.curated, mentions: bySlug.get(draft.slug) ?? [],
    }))
    .filter((topic) => topic.curated || topic.mentions.length > 0)
}

/** The kind of each topic `toTopics` keeps (curated, or mentioned), by slug. */
function keptKinds(drafts: readonly TopicDraft[], counts: ReadonlyMap<string, number>): Map<string, Topic['kind']> {
  return new Map(drafts.filter((draft) => draft.curated || (counts.get(draft.slug) ?? 0) > 0).map((draft) => [draft.slug, draft.kind]))
}

/** The draft's aliases plus every form its mentions were written in. */
function aliasesOf(draft: TopicDraft, mentions: readonly Span[]): string[] {
  const forms = new Set([...draft.aliases, ...(draft.kind === 'theme' ? [] : mentions.map((mention) => mention.text))])
  if (!forms.has(draft.name)) forms.add(draft.name)
  return [...forms].sort(compareStrings)
}

/** Names a source for readers: its outlet, else its id. */
function sourceLabeller(sources: readonly Source[]): (id: string) => string {
  const labels = new Map(sources.map((source) => [source.article.id, source.article.outlet ?? source.article.id]))
  return (id) => labels.get(id) ?? id
}

/** Group numbers: sources of one outlet share one (they are not compared); `#id` gives the source's own number. */
function outletGroups(sources: readonly Source[]): Map<string, number> {
  const groups = new Map<string, number>()
  const outlets = new Map<string, number>()
  sources.forEach((source, i) => {
    const outlet = source.article.outlet?.trim().toLowerCase()
    const group = outlet ? outlets.get(outlet) ?? outlets.set(outlet, outlets.size + sources.length).get(outlet)! : i
    groups.set(source.article.id, group)
    groups.set(`#${source.article.id}`, i)
  })
  return groups
}

/** Finds each source's quotes and links each speaker to the topic mentioned in the attribution. */
function resolveSpeakers(sources: readonly Source[], extracts: readonly Pick<SourceExtract, 'quotes'>[], position: Positions, mentionsAt: (index: number) => Mention[], kinds: ReadonlyMap<string, string>): ResolvedOccurrence[] {
  const rank = (slug: string) => ['person', 'organization', 'place', 'other', 'theme'].indexOf(kinds.get(slug) ?? 'other')
  return sources.flatMap((source, s) => extracts[s]!.quotes.map((occurrence): ResolvedOccurrence => {
    const span = occurrence.speakerSpan
    const at = span ? position(source.article.id, span.sentence) : undefined
    const inside = span && at !== undefined ? mentionsAt(at).filter((mention) => mention.start >= span.start && mention.end <= span.end && kinds.get(mention.slug) !== 'theme') : []
    const best = [...inside].sort((a, b) => rank(a.slug) - rank(b.slug) || b.start - a.start)[0]
    return { ...occurrence, speakerSlug: best?.slug ?? null }
  }))
}

/** Sentence pairs (different outlets) that carry one quote, keyed as the aligner keys pairs, with the quote's overlap. */
function quotePairs(quotes: readonly Quote[], position: Positions, groupOf: readonly number[], size: number): Map<number, number> {
  const pairs = new Map<number, number>()
  for (const quote of quotes) {
    const occurrences = quote.occurrences
    const grams = occurrences.length < 2 ? [] : occurrences.map((occurrence) => quoteGrams(quoteWords(fullText(occurrence))))
    for (let i = 0; i < occurrences.length; i++) {
      for (let j = i + 1; j < occurrences.length; j++) {
        const a = position(occurrences[i]!.source, occurrences[i]!.sentence)
        const b = position(occurrences[j]!.source, occurrences[j]!.sentence)
        if (a === undefined || b === undefined || groupOf[a] === groupOf[b]) continue
        const similarity = gramOverlap(grams[i]!, grams[j]!)
        const key = a < b ? a * size + b : b * size + a
        pairs.set(key, Math.max(pairs.get(key) ?? 0, similarity))
      }
    }
  }
  return pairs
}

/** Figures worth a ledger line: not bare small numbers with nothing counted. */
function isLedgerFigure(figure: Figure): boolean {
  return figure.unit !== null || figure.qualifier !== null || figure.value >= 100
}
