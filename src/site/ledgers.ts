import type { CrossRef, Figure, Quote } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { sentenceKey } from './dossier-index.ts'
import { paginate } from './paging.ts'

/** The rows of the comparison and the ledgers, ordered once per build. */

/** Rows of one page of a ledger. */
export const ROWS_PER_PAGE = 150

/** How many different sources a cross-reference spans. */
export function sourceCount(crossref: CrossRef): number {
  return new Set(crossref.members.map((member) => member.source)).size
}

/** Where a cross-reference first appears: the reading position of its first member in its source. */
function firstPosition(dossier: Dossier, crossref: CrossRef): number {
  const member = crossref.members[0]
  if (!member) return 0
  return dossier.index.sentenceByKey.get(sentenceKey(member.source, member.sentence))?.index ?? 0
}

/** The comparison's rows: claims and quotes first, most corroborated first, then by score and position. */
export function comparisonRows(dossier: Dossier): CrossRef[] {
  const kindOrder = { quote: 0, claim: 0, related: 1 } as const
  return [...dossier.analysis.crossrefs].sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      sourceCount(b) - sourceCount(a) ||
      b.discrepancies.length - a.discrepancies.length ||
      b.score - a.score ||
      firstPosition(dossier, a) - firstPosition(dossier, b) ||
      (a.id < b.id ? -1 : 1),
  )
}

/** Cross-references with at least one discrepancy, most sources first. */
export function discrepancyRows(dossier: Dossier): CrossRef[] {
  return comparisonRows(dossier).filter((crossref) => crossref.discrepancies.length > 0)
}

/** The quotes, most widely carried first. */
export function quoteRows(dossier: Dossier): Quote[] {
  const sources = (quote: Quote) => new Set(quote.occurrences.map((occurrence) => occurrence.source)).size
  return [...dossier.analysis.quotes].sort((a, b) => sources(b) - sources(a) || b.occurrences.length - a.occurrences.length || (a.id < b.id ? -1 : 1))
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
  const pages: { unit: string; figures: Figure[] }[][] = [[]]
  let filled = 0
  for (const group of groups) {
    for (const figures of paginate(group.figures, size)) {
      if (filled + figures.length > size && filled > 0) {
        pages.push([])
        filled = 0
      }
      pages.at(-1)!.push({ unit: group.unit, figures })
      filled += figures.length
    }
  }
  return pages
}
