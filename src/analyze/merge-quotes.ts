/**
 * One Quote per thing said: occurrences of the same words in several sources are merged, even
 * when one outlet spells them differently ("co-ordinates"), cuts them or adds a clause; the
 * differences are written down as variants.
 */
import { hash } from 'node:crypto'
import { diffArrays } from 'diff'
import type { Quote, QuoteOccurrence as ModelQuoteOccurrence } from '../model.ts'
import { foldPhrase } from './fold-text.ts'
import type { QuoteOccurrence } from './find-quotes.ts'
import { compareStrings } from './compare.ts'
import { pushTo } from './multimap.ts'

/** An occurrence with the topic slug of its speaker, when the speaker is a topic (the model's QuoteOccurrence). */
export type ResolvedOccurrence = ModelQuoteOccurrence

/** Names a source for readers: its outlet, else its id. */
export type SourceLabel = (sourceId: string) => string

const MIN_OVERLAP = 0.6
const MAX_POSTINGS = 50

/** Groups occurrences into quotes, in a stable order. */
export function mergeQuotes(occurrences: readonly ResolvedOccurrence[], label: SourceLabel): Quote[] {
  const words = occurrences.map((occurrence) => quoteWords(fullText(occurrence)))
  const grams: (Set<string> | undefined)[] = new Array(words.length)
  const gramsOf = (i: number) => (grams[i] ??= quoteGrams(words[i]!))
  // Sets by smallest member (the grouping does not depend on the order of unions).
  const parent = Int32Array.from(occurrences, (_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root]!
    while (parent[i] !== root) { const up = parent[i]!; parent[i] = root; i = up }
    return root
  }
  for (const [i, j] of candidatePairs(words)) {
    if (sameQuote(occurrences[i]!, occurrences[j]!, words[i]!, words[j]!, () => gramOverlap(gramsOf(i), gramsOf(j)))) {
      const x = find(i)
      const y = find(j)
      if (x < y) parent[y] = x
      else if (y < x) parent[x] = y
    }
  }
  const groups = new Map<number, number[]>()
  occurrences.forEach((_, i) => pushTo(groups, find(i), i))
  const quotes = [...groups.values()].map((members) => toQuote(members.map((i) => occurrences[i]!), label))
  return withUniqueIds(quotes)
}

/** The whole quoted text of an occurrence, continuation included. */
export function fullText(occurrence: QuoteOccurrence): string {
  return [occurrence.text, ...occurrence.continuation.map((part) => part.text)].join(' ')
}

/** Folded words of a quote: case, accents, hyphens and punctuation no longer matter. */
export function quoteWords(text: string): string[] {
  return foldPhrase(text).split(' ').filter(Boolean)
}

/** Pairs of occurrences sharing a word bigram (or, for short quotes, all their words), each once, smaller index first. */
function candidatePairs(words: readonly string[][]): [number, number][] {
  const postings = new Map<string, number[]>()
  words.forEach((list, i) => {
    const keys = list.length < 2 ? [list.join(' ')] : list.slice(1).map((word, k) => `${list[k]} ${word}`)
    for (const key of new Set(keys)) pushTo(postings, key, i)
  })
  const size = words.length
  const pairs = new Set<number>()
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a]! * size + list[b]!)
  }
  return Float64Array.from(pairs).sort().reduce<[number, number][]>((out, key) => { const a = Math.floor(key / size); out.push([a, key - a * size]); return out }, [])
}

/** Whether two occurrences quote the same words (allowing cuts, additions and respellings); `similarity` gives their overlap when needed. */
function sameQuote(a: ResolvedOccurrence, b: ResolvedOccurrence, wordsA: readonly string[], wordsB: readonly string[], similarity: () => number): boolean {
  const shorter = Math.min(wordsA.length, wordsB.length)
  if (shorter < 3) {
    return wordsA.join(' ') === wordsB.join(' ') && a.speakerSlug !== null && a.speakerSlug === b.speakerSlug
  }
  return similarity() >= MIN_OVERLAP
}

/** Share of the shorter quote's bigrams found in the other. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  return gramOverlap(quoteGrams(a), quoteGrams(b))
}

/** A quote's distinct word bigrams (compute once per occurrence, compare with gramOverlap). */
export function quoteGrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>()
  for (let k = 1; k < words.length; k++) grams.add(`${words[k - 1]} ${words[k]}`)
  return grams
}

/** Share of the smaller bigram set found in the other (see overlap). */
export function gramOverlap(gramsA: ReadonlySet<string>, gramsB: ReadonlySet<string>): number {
  const [small, large] = gramsA.size <= gramsB.size ? [gramsA, gramsB] : [gramsB, gramsA]
  if (small.size === 0) return 0
  let shared = 0
  for (const gram of small) if (large.has(gram)) shared++
  return shared / small.size
}

/** Builds one Quote from its occurrences (ordered by source, then position). */
function toQuote(members: ResolvedOccurrence[], label: SourceLabel): Quote {
  const ordered = [...members].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start) || compareStrings(a.sentence, b.sentence))
  const first = ordered[0]!
  const speaker = ordered.find((occurrence) => occurrence.speakerSlug)?.speakerSlug ?? null
  const speakerText = ordered.find((occurrence) => occurrence.speakerText)?.speakerText ?? null
  return {
    id: `q-${hash('sha1', quoteWords(fullText(first)).join(' '), 'hex').slice(0, 10)}`,
    text: fullText(first),
    speaker,
    speakerText,
    occurrences: ordered,
    variants: variantsOf(first, ordered.slice(1), label),
  }
}

/** Human-readable wording differences of each occurrence against the first. */
function variantsOf(first: ResolvedOccurrence, others: readonly ResolvedOccurrence[], label: SourceLabel): string[] {
  const variants = new Set<string>()
  const base = displayWords(fullText(first))
  for (const other of others) {
    const words = displayWords(fullText(other))
    const changes = diffArrays(base, words, { comparator: (x: string, y: string) => x.toLowerCase() === y.toLowerCase() })
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k]!
      const next = changes[k + 1]
      const said = (list: readonly string[]) => `"${list.join(' ')}"`
      if (change.removed && next?.added) {
        variants.add(`${label(first.source)}: ${said(change.value)}; ${label(other.source)}: ${said(next.value)}`)
        k++
      } else if (change.removed) variants.add(`${label(other.source)} leaves out ${said(change.value)} (in ${label(first.source)})`)
      else if (change.added) variants.add(`${label(other.source)} adds ${said(change.value)} (not in ${label(first.source)})`)
    }
  }
  return [...variants]
}

/** Words as written, without surrounding punctuation; dashes separate words. */
function displayWords(text: string): string[] {
  return text
    .replace(/[’‘]/g, "'")
    .split(/[\s—–]+|\s-\s/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
}

/** Suffixes ids that collide and sorts quotes by id. */
function withUniqueIds(quotes: Quote[]): Quote[] {
  const ordered = [...quotes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || compareStrings(firstKey(a), firstKey(b)))
  const seen = new Map<string, number>()
  for (const quote of ordered) {
    const count = (seen.get(quote.id) ?? 0) + 1
    seen.set(quote.id, count)
    if (count > 1) quote.id = `${quote.id}-${count}`
  }
  return ordered
}

/** A stable key for a quote's first occurrence. */
function firstKey(quote: Quote): string {
  const first = quote.occurrences[0]
  return first ? `${first.source}|${first.sentence}|${first.start}` : ''
}
