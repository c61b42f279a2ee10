import { getCollection } from 'astro:content'
import type { SeedEntry } from '../ingest/articles-loader.ts'
import { readStoredArticle, type StoredArticleRef } from '../ingest/stored-articles.ts'
import type { Analysis, Article, CuratedTopic, SkippedFile, Source } from '../model.ts'
import { analyzeCorpus } from '../analyze/analyze-corpus.ts'
import { analysedSources } from './analysis-cache.ts'
import { buildCacheState, oncePerBuild } from '../cache/build-cache.ts'
import { keepDossierOfBuild } from './build-report.ts'
import { loadAnnotations, type AnchoredAnnotation } from './analyst-annotations.ts'
import { curatedTopicsFrom } from './curated-topics.ts'
import { indexDossier, type DossierIndex } from './dossier-index.ts'
import { paceCollectorForPages } from './page-phase-heap.ts'
import { readSettings } from './settings.ts'

/** Everything the pages show: the sources split into sentences, the files skipped, the analysis. */
export interface Dossier {
  title: string
  subtitle: string | null
  author: string | null
  language: string
  sources: Source[]
  skipped: SkippedFile[]
  analysis: Analysis
  /** The analyst's curated topics (content/topics), as read. */
  curated: CuratedTopic[]
  annotations: AnchoredAnnotation[]
  index: DossierIndex
}

/** The dossier of this build, computed once and shared by every page. */
export const getDossier: () => Promise<Dossier> = oncePerBuild(assembleDossier)

/** Reads the collections and runs the analysis, logging how long each stage took. */
async function assembleDossier(): Promise<Dossier> {
  const { root } = readSettings()
  const clock = stageClock()
  const entries = (await getCollection('sources')).map((entry) => entry.data as unknown as SeedEntry)
  const articles: Article[] = []
  const skipped: SkippedFile[] = []
  for (const entry of entries) {
    if (entry.kind === 'article') articles.push(entry.article)
    else if (entry.kind === 'stored') articles.push(storedArticle(entry.stored))
    else skipped.push(entry.skipped)
  }
  articles.sort((a, b) => compareStrings(a.id, b.id))
  skipped.sort((a, b) => compareStrings(a.file, b.file))
  clock.lap('read')
  const analysed = await analysedSources(articles)
  const sources = analysed.map((entry) => entry.source)
  clock.lap('sentences and extracts')
  const curated = curatedTopicsFrom(await getCollection('topics'), root)
  // The scoring worker's entry is read from the project's source, not from the bundle the pages run in (as the extract workers' is).
  const { root: projectRoot } = buildCacheState()
  const scoreWorker = projectRoot ? { scoreWorker: { entry: new URL('src/analyze/score-worker.ts', projectRoot) } } : {}
  const analysis = analyzeCorpus(sources, curated, { extracts: analysed.map((entry) => entry.extract), ...scoreWorker })
  clock.lap('analysis')
  const intro = (await getCollection('intro'))[0]?.data
  const partial = {
    title: intro?.title ?? dossierTitle(articles),
    subtitle: intro?.subtitle ?? null,
    author: intro?.author ?? null,
    language: intro?.language ?? 'en',
    sources,
    skipped,
    analysis,
    curated,
  }
  const index = indexDossier(partial)
  clock.lap('index')
  const annotations = await loadAnnotations(index.sourceById, root)
  clock.lap('annotations')
  console.log(`[dossier] ${sources.length} sources, ${skipped.length} skipped · ${clock.report()}`)
  const dossier = { ...partial, annotations, index }
  keepDossierOfBuild(dossier)
  // From here on the pages are written, with the whole dossier live (see page-phase-heap.ts).
  paceCollectorForPages()
  return dossier
}

/** An article the content layer keeps in the build cache (src/ingest/stored-articles.ts). */
function storedArticle(ref: StoredArticleRef): Article {
  const article = readStoredArticle(ref)
  // The loader has just checked that every stored article is there: only a cache emptied during the build loses one.
  if (!article) throw new Error(`The parsed article of ${ref.file} is no longer in the build cache (emptied during the build?). Build again: the seeds are read anew.`)
  return article
}

/** Until a title is configured, the dossier is named after its earliest source. */
function dossierTitle(articles: readonly Article[]): string {
  const dated = [...articles].sort((a, b) => compareStrings(a.published ?? '9999', b.published ?? '9999'))
  return dated[0]?.title ?? 'Empty dossier'
}

/** Plain code-point order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Times consecutive stages: `lap(name)` ends the stage begun by the previous lap. */
function stageClock() {
  let last = performance.now()
  const laps: string[] = []
  return {
    lap(name: string) {
      const now = performance.now()
      laps.push(`${name} ${Math.round(now - last)} ms`)
      last = now
    },
    report: () => laps.join(', '),
  }
}
