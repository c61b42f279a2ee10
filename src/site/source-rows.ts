import type { Source } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { displayDate, leadOf, sourceLabel, wordCount } from './source-facts.ts'

/** A source as the lists of sources show it: label, date, lead, length, and how much of it others report. */
export interface SourceRow {
  source: Source
  label: string
  date: string | null
  lead: string
  words: number
  /** Sentences another source also reports (quotes and claims). */
  corroborated: number
  /** Sentences no other source reports. */
  unique: number
}

/** The overview shows this many sources; the list of sources shows them all, paged. */
export const OVERVIEW_SOURCES = 100

const computed = new WeakMap<Dossier, SourceRow[]>()

/** Every source as a row, earliest published first (undated last), computed once per dossier. */
export function sourceRows(dossier: Dossier): readonly SourceRow[] {
  let rows = computed.get(dossier)
  if (!rows) {
    rows = dossier.sources.map((source) => rowOf(dossier, source)).sort(byPublication)
    computed.set(dossier, rows)
  }
  return rows
}

/** One source's row. */
function rowOf(dossier: Dossier, source: Source): SourceRow {
  const id = source.article.id
  const corroborated = new Set<string>()
  for (const crossref of dossier.index.crossrefsBySource.get(id) ?? []) {
    if (crossref.kind === 'related') continue
    for (const member of crossref.members) if (member.source === id) corroborated.add(member.sentence)
  }
  return {
    source,
    label: sourceLabel(source),
    date: displayDate(source.article.published),
    lead: leadOf(source),
    words: wordCount(source),
    corroborated: corroborated.size,
    unique: dossier.analysis.unique[id]?.length ?? 0,
  }
}

/** Earliest first, undated last, then by id. */
function byPublication(a: SourceRow, b: SourceRow): number {
  return (a.source.article.published ?? '9999').localeCompare(b.source.article.published ?? '9999') || (a.source.article.id < b.source.article.id ? -1 : 1)
}
