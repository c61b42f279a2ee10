import type { CrossRef, Figure, Quote, Source } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { paginate } from './paging.ts'

/** The rows of the comparison and the ledgers, ordered once per build. */

/** Rows already ordered, by dossier: several pages draw on each (the overview, the ledgers, print). */
const computed = new WeakMap<Dossier, Map<string, unknown>>()

/** `make()` once per dossier and name; the result is shared, so callers must not mutate it. */
function once<T>(dossier: Dossier, name: string, make: () => T): T {
  let known = computed.get(dossier)
  if (!known) computed.set(dossier, (known = new Map()))
  if (!known.has(name)) known.set(name, make())
  return known.get(name) as T
}

/** Rows of one page of a ledger cut into equal pages (the figures). */
export const ROWS_PER_PAGE = 150

/** Rows of one page of the comparison and the ledgers cut where their rows say (`paginateByContent`): about ROWS_PER_PAGE. */
export const LEDGER_PAGE_SIZES = { min: 100, average: ROWS_PER_PAGE, max: 250 } as const

/**
 * Up to how many sources a row says "2 of 5 sources"; past it, "2 sources": in a dossier of
 * thousands the total says little, and with it every row of the comparison and the quotes would
 * change with each article added (a rebuild rendered all their pages again).
 */
export const TOTAL_SHOWN_UP_TO = 50

/** How a row states its corroboration: "2 of 5 sources", or "2 sources" in a large dossier. */
export function corroboration(sources: number, total: number): string {
  const noun = (count: number) => (count === 1 ? 'source' : 'sources')
  return total <= TOTAL_SHOWN_UP_TO ? `${sources} of ${total} ${noun(total)}` : `${sources} ${noun(sources)}`
}

/** How many different sources a cross-reference spans. */
export function sourceCount(crossref: CrossRef): number {
  return new Set(crossref.members.map((member) => member.source)).size
}

/** Where a cross-reference first appears: the reading position of its first member in its source. */
function firstPosition(dossier: Dossier, crossref: CrossRef): number {
  const member = crossref.members[0]
  if (!member) return 0
  return dossier.index.sentenceById.get(member.source, member.sentence)?.index ?? 0
}

/** The comparison's rows: claims and quotes first, most corroborated first, then by score and position. */
export function comparisonRows(dossier: Dossier): readonly CrossRef[] {
  const kindOrder = { quote: 0, claim: 0, related: 1 } as const
  return once(dossier, 'comparison', () => {
    // Each row's source count and position worked out once, not in every comparison (88,000 rows at 10,000 sources).
    const rows = dossier.analysis.crossrefs.map((crossref) => ({ crossref, sources: sourceCount(crossref), position: firstPosition(dossier, crossref) }))
    rows.sort(
      (a, b) =>
        kindOrder[a.crossref.kind] - kindOrder[b.crossref.kind] ||
        b.sources - a.sources ||
        b.crossref.discrepancies.length - a.crossref.discrepancies.length ||
        b.crossref.score - a.crossref.score ||
        a.position - b.position ||
        (a.crossref.id < b.crossref.id ? -1 : 1),
    )
    return rows.map((row) => row.crossref)
  })
}

/** Cross-references with at least one discrepancy, most sources first. */
export function discrepancyRows(dossier: Dossier): readonly CrossRef[] {
  return once(dossier, 'discrepancies', () => comparisonRows(dossier).filter((crossref) => crossref.discrepancies.length > 0))
}

/** Cross-references whose sources differ in a figure (not only in a name or a dropped qualifier). */
export function figureDiscrepancyRows(dossier: Dossier): readonly CrossRef[] {
  return once(dossier, 'figure discrepancies', () => discrepancyRows(dossier).filter((row) => row.discrepancies.some((d) => d.kind !== 'dropped-qualifier' && d.kind !== 'name')))
}

/** One source's passages that no other source reports (on one page: `ids` may be part of `total`). */
export interface UniqueGroup {
  source: Source
  ids: string[]
  total: number
}

/** Passages on one page of what only one source reports: single sentences, so more of them than rows of the other ledgers. */
export const UNIQUE_PER_PAGE = 400

/** What only one source reports, source by source, cut into pages of at most `size` passages (computed once per dossier). */
export function uniquePages(dossier: Dossier, size = UNIQUE_PER_PAGE): UniqueGroup[][] {
  return once(dossier, `unique pages ${size}`, () => cutUniquePages(dossier, size))
}

/** The pages of what only one source reports. */
function cutUniquePages(dossier: Dossier, size: number): UniqueGroup[][] {
  const groups = dossier.sources
    .map((source): UniqueGroup => {
      const ids = dossier.analysis.unique[source.article.id] ?? []
      return { source, ids, total: ids.length }
    })
    .filter((group) => group.total > 0)
  return paginateGroups(groups, (group) => group.ids, (group, ids) => ({ ...group, ids }), size)
}

/** The quotes, most widely carried first. */
export function quoteRows(dossier: Dossier): readonly Quote[] {
  const sources = (quote: Quote) => new Set(quote.occurrences.map((occurrence) => occurrence.source)).size
  return once(dossier, 'quotes', () => [...dossier.analysis.quotes].sort((a, b) => sources(b) - sources(a) || b.occurrences.length - a.occurrences.length || (a.id < b.id ? -1 : 1)))
}

/** The figures grouped by what they count (their unit), largest group first, each by value. */
export function figureGroups(dossier: Dossier): { unit: string; figures: Figure[] }[] {
  const groups = new Map<string, Figure[]>()
  for (const figure of dossier.analysis.figures) {
    const unit = figure.unit ?? 'number'
    const list = groups.get(unit)
    if (list) list.push(figure)
    else groups.set(unit, [figure])
  }
  return [...groups]
    .map(([unit, figures]) => ({ unit, figures: figures.sort((a, b) => b.value - a.value || (a.source < b.source ? -1 : 1)) }))
    .sort((a, b) => b.figures.length - a.figures.length || (a.unit < b.unit ? -1 : 1))
}

/** Pages of figure groups holding at most ROWS_PER_PAGE figures each; a larger group is cut across pages. */
export function paginateFigures(groups: readonly { unit: string; figures: Figure[] }[], size = ROWS_PER_PAGE): { unit: string; figures: Figure[] }[][] {
  return paginateGroups(groups, (group) => group.figures, (group, figures) => ({ ...group, figures }), size)
}

/** Pages of groups holding at most `size` items in all; a group larger than what is left is cut across pages. */
function paginateGroups<G, T>(groups: readonly G[], items: (group: G) => readonly T[], withItems: (group: G, items: T[]) => G, size: number): G[][] {
  const pages: G[][] = [[]]
  let filled = 0
  for (const group of groups) {
    for (const part of paginate(items(group), size)) {
      if (filled + part.length > size && filled > 0) {
        pages.push([])
        filled = 0
      }
      pages.at(-1)!.push(withItems(group, part))
      filled += part.length
    }
  }
  return pages
}
