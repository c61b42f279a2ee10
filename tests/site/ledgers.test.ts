import { describe, expect, it } from 'vitest'
import type { Analysis, CrossRef, Figure, Source } from '../../src/model.ts'
import type { Dossier } from '../../src/site/dossier.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { TOTAL_SHOWN_UP_TO, comparisonRows, corroboration, figureDiscrepancyRows, paginateFigures, uniquePages } from '../../src/site/ledgers.ts'

/** A source with just an id (all the ledgers look at here). */
const source = (id: string) => ({ article: { id }, blocks: [], sentences: [] }) as unknown as Source

/** A dossier of the given sources and analysis parts. */
function dossierOf(sources: Source[], analysis: Partial<Analysis>): Dossier {
  const full: Analysis = { topics: [], crossrefs: [], quotes: [], figures: [], unique: {}, ...analysis }
  return { sources, analysis: full, index: indexDossier({ sources, analysis: full }) } as unknown as Dossier
}

const crossref = (id: string, kind: CrossRef['kind'], sources: string[], discrepancies: CrossRef['discrepancies'] = []): CrossRef =>
  ({ id, kind, score: 0.5, members: sources.map((source) => ({ source, sentence: 's-1' })), discrepancies }) as CrossRef

describe('uniquePages', () => {
  it('cuts what only one source reports into pages of at most `size` passages, a large source across pages', () => {
    const dossier = dossierOf([source('a'), source('b'), source('c')], { unique: { a: ['1', '2', '3'], b: [], c: ['4', '5', '6', '7', '8'] } })
    const pages = uniquePages(dossier, 4)
    expect(pages.map((page) => page.map((group) => [group.source.article.id, group.ids, group.total]))).toEqual([
      [['a', ['1', '2', '3'], 3]],
      [['c', ['4', '5', '6', '7'], 5]],
      [['c', ['8'], 5]],
    ])
  })

  it('gives one empty page when every passage is shared', () => {
    expect(uniquePages(dossierOf([source('a')], { unique: {} }))).toEqual([[]])
  })
})

describe('comparisonRows', () => {
  it('orders claims and quotes before related links, most sources first, once per dossier', () => {
    const dossier = dossierOf([source('a'), source('b'), source('c')], {
      crossrefs: [crossref('r', 'related', ['a', 'b', 'c']), crossref('two', 'claim', ['a', 'b']), crossref('three', 'quote', ['a', 'b', 'c'])],
    })
    expect(comparisonRows(dossier).map((row) => row.id)).toEqual(['three', 'two', 'r'])
    expect(comparisonRows(dossier)).toBe(comparisonRows(dossier))
  })

  it('keeps only figure differences for the figures page', () => {
    const dossier = dossierOf([source('a'), source('b')], {
      crossrefs: [
        crossref('figure', 'claim', ['a', 'b'], [{ kind: 'figure', detail: '24 vs more than 24' }] as CrossRef['discrepancies']),
        crossref('name', 'claim', ['a', 'b'], [{ kind: 'name', detail: 'X vs Y' }] as CrossRef['discrepancies']),
      ],
    })
    expect(figureDiscrepancyRows(dossier).map((row) => row.id)).toEqual(['figure'])
  })
})

describe('paginateFigures', () => {
  it('fills pages up to `size` figures and cuts a large group across pages', () => {
    const figures = (n: number) => Array.from({ length: n }, (_, i) => ({ value: i }) as Figure)
    const pages = paginateFigures([{ unit: 'people', figures: figures(3) }, { unit: 'km', figures: figures(4) }], 5)
    expect(pages.map((page) => page.map((group) => [group.unit, group.figures.length]))).toEqual([[['people', 3]], [['km', 4]]])
  })
})

describe('corroboration', () => {
  it('states the total in a dossier of up to TOTAL_SHOWN_UP_TO sources, and not past it', () => {
    expect(corroboration(2, 5)).toBe('2 of 5 sources')
    expect(corroboration(1, 1)).toBe('1 of 1 source')
    expect(corroboration(3, TOTAL_SHOWN_UP_TO)).toBe(`3 of ${TOTAL_SHOWN_UP_TO} sources`)
    expect(corroboration(3, TOTAL_SHOWN_UP_TO + 1)).toBe('3 sources')
    expect(corroboration(1, 10_000)).toBe('1 source')
  })
})
