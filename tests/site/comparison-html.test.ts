import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import type { CrossRef, Sentence, Source } from '../../src/model.ts'
import { comparisonHtml } from '../../src/site/comparison-html.ts'
import type { Dossier } from '../../src/site/dossier.ts'
import { BySentence } from '../../src/site/dossier-index.ts'

/** A dossier of `count` sources, each with one headline and one body sentence, as much of it as the comparison reads. */
function dossierOf(count: number): Dossier {
  const sources = Array.from({ length: count }, (_, i) => {
    const id = `s${i}`
    const sentences = [
      { id: 'h', role: 'headline', text: 'Missile launched' },
      { id: 'b', role: 'body', text: i === 1 ? 'The army said more than 24 targets were hit near the coast.' : 'The army said 24 targets were hit near the coast.' },
    ] as Sentence[]
    return { article: { id, outlet: `Outlet ${i}`, file: `${id}.txt` }, sentences } as unknown as Source
  })
  const sentenceById = new BySentence<Sentence>()
  for (const source of sources) for (const sentence of source.sentences) sentenceById.set(source.article.id, sentence.id, sentence)
  return { sources, index: { sentenceById, sourceById: new Map(sources.map((source) => [source.article.id, source])) } } as unknown as Dossier
}

const row = (members: [string, string][], discrepancies: string[] = []): CrossRef => ({
  id: `x-${members.map(([source]) => source).join('')}`,
  kind: 'claim',
  score: 0.9,
  members: members.map(([source, sentence]) => ({ source, sentence })),
  discrepancies: discrepancies.map((detail) => ({ kind: 'figure', detail }) as CrossRef['discrepancies'][number]),
})

const link = (to: string) => to

describe('comparisonHtml', () => {
  it('says so when no passage is shared', () => {
    expect(toString(fromHtml(comparisonHtml(dossierOf(2), [], link), { fragment: true }))).toBe('No passage of one source was found in another.')
  })

  it('sets up to five sources as columns, marks where a passage differs from the row’s body sentence and where a source is silent', () => {
    const html = comparisonHtml(dossierOf(3), [row([['s0', 'b'], ['s1', 'b']], ['“more than 24” against “24”'])], link)
    const tree = fromHtml(html, { fragment: true })
    expect(selectAll('thead th', tree).map((th) => toString(th))).toEqual(['Agreement', 'Outlet 0', 'Outlet 1', 'Outlet 2'])
    const tr = select('tbody tr', tree)!
    expect(tr.properties['id']).toBe('x-s0s1')
    expect(tr.properties['className']).toEqual(['has-discrepancy'])
    expect(toString(select('th .corroboration', tr)!)).toBe('2 of 3 sources')
    expect(toString(select('th .discrepancy', tr)!)).toBe('“more than 24” against “24”')
    const cells = selectAll('td', tr)
    expect(cells.map((td) => td.properties['dataLabel'])).toEqual(['Outlet 0', 'Outlet 1', 'Outlet 2'])
    // The base is the first body sentence (s0's): it is not marked, s1's wording is.
    expect(select('a.passage mark', cells[0]!)).toBeUndefined()
    expect(select('a.passage', cells[1]!)!.properties['href']).toBe('sources/s1.html#b')
    expect(selectAll('mark', cells[1]!).map((mark) => toString(mark)).join(' ')).toMatch(/more/)
    expect(select('.absent', cells[2]!)!.properties['ariaLabel']).toBe('not reported')
  })

  it('sets more than five sources as a card per row, listing the first twelve passages', () => {
    const members = Array.from({ length: 14 }, (_, i) => [`s${i}`, 'b'] as [string, string])
    const tree = fromHtml(comparisonHtml(dossierOf(14), [row(members)], link), { fragment: true })
    expect(select('table', tree)).toBeUndefined()
    const card = select('ol.collation-cards > li', tree)!
    expect(toString(select('.card-head', card)!)).toBe('Claim 14 of 14 sources')
    expect(selectAll('ul > li .outlet', card)).toHaveLength(12)
    expect(toString(select('li.more', card)!)).toBe('and 2 more passages, on the sources’ pages')
  })
})
