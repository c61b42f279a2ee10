/**
 * One Quote per thing said: occurrences of the same words in several sources are merged, even
 * when one outlet spells them differently ("co-ordinates"), cuts them or adds a clause; the
 * differences are written down as variants.
 */
import { hash } from 'node:crypto'
import { diffArrays } from 'diff'
import type { Quote, QuoteOccurrence as ModelQuoteOccurrence } from '../model.ts'
import type { QuoteOccurrence } from './find-quotes.ts'
import { compareStrings } from './compare.ts'
import { pushTo } from './multimap.ts'
import { gramOverlap, quoteGrams, quoteOverlaps, quoteWords } from './quote-overlaps.ts'
import type { QuoteOverlaps } from './quote-overlaps.ts'

export { gramOverlap, quoteGrams, quoteWords }

/** An occurrence with the topic slug of its speaker, when the speaker is a topic (the model's QuoteOccurrence). */
export type ResolvedOccurrence = ModelQuoteOccurrence

/** Names a source for readers: its outlet, else its id. */
export type SourceLabel = (sourceId: string) => string

const MIN_OVERLAP = 0.6

/**
 * Groups occurrences into quotes, in a stable order. `overlaps` is `quoteOverlaps` of the
 * occurrences' full texts (e.g. computed in a worker thread); computed here when absent.
 */
export function mergeQuotes(occurrences: readonly ResolvedOccurrence[], label: SourceLabel, overlaps: QuoteOverlaps = quoteOverlaps(occurrences.map(fullText))): Quote[] {
  // Sets by smallest member (the grouping does not depend on the order of unions).
  const parent = Int32Array.from(occurrences, (_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root]!
    while (parent[i] !== root) { const up = parent[i]!; parent[i] = root; i = up }
    return root
  }
  const size = occurrences.length
  const { keys, lengths, overlap } = overlaps
  for (let p = 0; p < keys.length; p++) {
    const i = Math.floor(keys[p]! / size)
    const j = keys[p]! - i * size
    if (sameQuote(occurrences[i]!, occurrences[j]!, Math.min(lengths[i]!, lengths[j]!), overlap[p]!)) {
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

/** Whether two occurrences quote the same words (allowing cuts, additions and respellings), from their overlap (see QuoteOverlaps): short quotes must be the same words by the same speaker. */
function sameQuote(a: ResolvedOccurrence, b: ResolvedOccurrence, shorter: number, overlap: number): boolean {
  if (shorter < 3) return overlap === 1 && a.speakerSlug !== null && a.speakerSlug === b.speakerSlug
  return overlap >= MIN_OVERLAP
}

/** Share of the shorter quote's bigrams found in the other. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  return gramOverlap(quoteGrams(a), quoteGrams(b))
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
