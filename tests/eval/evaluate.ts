/**
 * Alignment quality on labelled clusters: for each folder of tests/fixtures/clusters, analyse its
 * articles and compare the cross-references with the labels. A predicted pair is correct when
 * labelled "same" or "related"; recall counts the "same" pairs found. Topics and discrepancies
 * the labels expect are checked too. Run: node tests/eval/evaluate.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Analysis, Source } from '../../src/model.ts'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import type { AnalyzeOptions } from '../../src/analyze/analyze-corpus.ts'
import { loadCluster } from './load-cluster.ts'

/** A passage named by its file and a piece of its text. */
type Ref = [file: string, snippet: string]

/** The labels of one cluster. */
interface Labels {
  description?: string
  /** Folder of the articles, relative to the labels file (default: the labels' own folder). */
  dir?: string
  /** Each non-empty line is a paragraph (the saved seeds). */
  lines?: boolean
  /** Read every file (.txt, .md, .html) through the real ingest parser, as a build does. */
  ingest?: boolean
  /** Groups of passages that report the same thing: every cross-source pair should be linked. */
  same: Ref[][]
  /** Groups whose links are acceptable but not required. */
  related: Ref[][]
  discrepancies?: { a: Ref; b: Ref; kind: string }[]
  /** Each entry: surface forms that must all be aliases of one topic. */
  topics?: string[][]
  /** Surface forms that must not be a topic's alias. */
  notTopics?: string[]
  /** A held-out cluster: labelled before the analysis ever ran on it and never tuned on; reported, not held to the floors. */
  heldOut?: boolean
}

/** The scores of one cluster. */
export interface ClusterResult {
  name: string
  heldOut: boolean
  predicted: number
  correct: number
  expected: number
  found: number
  precision: number
  recall: number
  falseLinks: string[]
  missedLinks: string[]
  topicsExpected: number
  topicsFound: number
  missingTopics: string[]
  junkTopics: string[]
  discrepanciesExpected: number
  discrepanciesFound: number
  missingDiscrepancies: string[]
}

const CLUSTERS = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/clusters')

/** Evaluates every labelled cluster. */
export function evaluateAll(options: AnalyzeOptions = {}): ClusterResult[] {
  return readdirSync(CLUSTERS)
    .filter((name) => existsSync(join(CLUSTERS, name, 'labels.json')))
    .sort()
    .map((name) => evaluateCluster(name, options))
}

/** Evaluates one cluster folder. */
export function evaluateCluster(name: string, options: AnalyzeOptions = {}): ClusterResult {
  const folder = join(CLUSTERS, name)
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Labels
  const sources = loadCluster(resolve(folder, labels.dir ?? '.'), { lines: labels.lines === true, ingest: labels.ingest === true })
  const analysis = analyzeCorpus(sources, [], options)
  const find = locator(sources, name)
  const same = pairsOf(labels.same, find)
  const acceptable = new Set([...same, ...pairsOf(labels.related, find)])
  const predicted = predictedPairs(analysis)
  const text = sentenceTexts(sources)
  const falseLinks = [...predicted].filter((pair) => !acceptable.has(pair)).map((pair) => describePair(pair, text))
  const missedLinks = [...same].filter((pair) => !predicted.has(pair)).map((pair) => describePair(pair, text))
  const topics = checkTopics(analysis, labels)
  const discrepancies = checkDiscrepancies(analysis, labels, find)
  const found = same.size - missedLinks.length
  return {
    name, heldOut: labels.heldOut === true, predicted: predicted.size, correct: predicted.size - falseLinks.length, expected: same.size, found,
    precision: predicted.size === 0 ? 1 : (predicted.size - falseLinks.length) / predicted.size,
    recall: same.size === 0 ? 1 : found / same.size,
    falseLinks, missedLinks, ...topics, ...discrepancies,
  }
}

/** Finds the key (`source#sentence`) of the one sentence of `file` containing `snippet`. */
function locator(sources: readonly Source[], cluster: string): (ref: Ref) => string {
  return ([file, snippet]) => {
    const source = sources.find((candidate) => candidate.article.file === file)
    if (!source) throw new Error(`${cluster}/labels.json: no article file "${file}"`)
    const hits = source.sentences.filter((sentence) => sentence.text.includes(snippet))
    if (hits.length !== 1) throw new Error(`${cluster}/labels.json: "${snippet}" matches ${hits.length} sentences of ${file}; make it unique`)
    return `${source.article.id}#${hits[0]!.id}`
  }
}

/** Every cross-source pair inside each group, as order-free keys. */
function pairsOf(groups: readonly Ref[][], find: (ref: Ref) => string): Set<string> {
  const pairs = new Set<string>()
  for (const group of groups) {
    const keys = group.map(find)
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      if (keys[i]!.split('#')[0] !== keys[j]!.split('#')[0]) pairs.add(pairKey(keys[i]!, keys[j]!))
    }
  }
  return pairs
}

/** An order-free key for a pair of sentence keys. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/** Every cross-source pair of members of every cross-reference. */
function predictedPairs(analysis: Analysis): Set<string> {
  const pairs = new Set<string>()
  for (const ref of analysis.crossrefs) {
    const keys = ref.members.map((member) => `${member.source}#${member.sentence}`)
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      if (ref.members[i]!.source !== ref.members[j]!.source) pairs.add(pairKey(keys[i]!, keys[j]!))
    }
  }
  return pairs
}

/** Sentence texts by key, for readable reports. */
function sentenceTexts(sources: readonly Source[]): Map<string, string> {
  return new Map(sources.flatMap((source) => source.sentences.map((sentence) => [`${source.article.id}#${sentence.id}`, sentence.text] as [string, string])))
}

/** A pair as two shortened sentences. */
function describePair(pair: string, text: ReadonlyMap<string, string>): string {
  return pair.split('|').map((key) => `"${(text.get(key) ?? key).slice(0, 70)}…"`).join(' ↔ ')
}

/** Checks expected topics (all forms merged into one) and forbidden ones. */
function checkTopics(analysis: Analysis, labels: Labels): Pick<ClusterResult, 'topicsExpected' | 'topicsFound' | 'missingTopics' | 'junkTopics'> {
  const expected = labels.topics ?? []
  const missingTopics = expected
    .filter((forms) => !analysis.topics.some((topic) => forms.every((form) => topic.aliases.includes(form))))
    .map((forms) => forms.join(' / '))
  const junkTopics = (labels.notTopics ?? []).filter((form) => analysis.topics.some((topic) => topic.aliases.includes(form)))
  return { topicsExpected: expected.length, topicsFound: expected.length - missingTopics.length, missingTopics, junkTopics }
}

/** Checks that each expected discrepancy is recorded on a cross-reference holding both passages. */
function checkDiscrepancies(analysis: Analysis, labels: Labels, find: (ref: Ref) => string): Pick<ClusterResult, 'discrepanciesExpected' | 'discrepanciesFound' | 'missingDiscrepancies'> {
  const expected = labels.discrepancies ?? []
  const missingDiscrepancies = expected.filter(({ a, b, kind }) => {
    const keys = [find(a), find(b)]
    return !analysis.crossrefs.some((ref) => keys.every((key) => ref.members.some((member) => `${member.source}#${member.sentence}` === key)) && ref.discrepancies.some((discrepancy) => discrepancy.kind === kind))
  }).map(({ a, b, kind }) => `${kind}: "${a[1]}" / "${b[1]}"`)
  return { discrepanciesExpected: expected.length, discrepanciesFound: expected.length - missingDiscrepancies.length, missingDiscrepancies }
}

/** Precision and recall over all clusters together. */
export function overall(results: readonly ClusterResult[]): { precision: number; recall: number } {
  const predicted = results.reduce((sum, result) => sum + result.predicted, 0)
  const correct = results.reduce((sum, result) => sum + result.correct, 0)
  const expected = results.reduce((sum, result) => sum + result.expected, 0)
  const found = results.reduce((sum, result) => sum + result.found, 0)
  return { precision: predicted === 0 ? 1 : correct / predicted, recall: expected === 0 ? 1 : found / expected }
}

/** Prints the report. */
function report(results: readonly ClusterResult[], verbose: boolean): void {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`
  for (const result of results) {
    console.log(`${(result.heldOut ? `${result.name}*` : result.name).padEnd(18)} precision ${percent(result.precision).padStart(6)} (${result.correct}/${result.predicted})  recall ${percent(result.recall).padStart(6)} (${result.found}/${result.expected})  topics ${result.topicsFound}/${result.topicsExpected}  junk ${result.junkTopics.length}  discrepancies ${result.discrepanciesFound}/${result.discrepanciesExpected}`)
    if (!verbose) continue
    for (const link of result.falseLinks) console.log(`  false link: ${link}`)
    for (const link of result.missedLinks) console.log(`  missed:     ${link}`)
    for (const topic of result.missingTopics) console.log(`  no topic:   ${topic}`)
    for (const junk of result.junkTopics) console.log(`  junk topic: ${junk}`)
    for (const missing of result.missingDiscrepancies) console.log(`  no discrepancy: ${missing}`)
  }
  const total = overall(results.filter((result) => !result.heldOut))
  console.log(`${'overall (tuned)'.padEnd(18)} precision ${percent(total.precision).padStart(6)}  recall ${percent(total.recall).padStart(6)}`)
  const held = overall(results.filter((result) => result.heldOut))
  console.log(`${'held out (*)'.padEnd(18)} precision ${percent(held.precision).padStart(6)}  recall ${percent(held.recall).padStart(6)}`)
}

if (import.meta.main) report(evaluateAll(), !process.argv.includes('--quiet'))
