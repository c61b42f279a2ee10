import type { Element } from 'hast'
import { element } from '../annotate/hast-element.ts'
import { hastToHtml } from '../annotate/hast-to-html.ts'
import type { CrossRef, Source } from '../model.ts'
import type { Dossier } from './dossier.ts'
import { corroboration, sourceCount } from './ledgers.ts'
import { sentenceAnchor } from './paths.ts'
import { passage, sourceMark } from './shared-markup.ts'
import { sourceHue, sourceLabel } from './source-facts.ts'

const KIND = { quote: 'Quote', claim: 'Claim', related: 'Related' } as const
/** Past this many sources the collation is a card per row rather than a column per source. */
const TABLE_UP_TO = 5
/** Passages shown per card; a claim carried by dozens of sources lists the first ones. */
const MEMBERS_SHOWN = 12

/**
 * The collation of a page of the comparison, as HTML: each aligned passage a row, each source a
 * column (or, past five sources, a card per row), every passage's words that differ from the row's
 * base marked. Built as hast rather than Astro components: a 10,000-article dossier's comparison
 * has about 600 pages of 100–250 rows.
 */
export function comparisonHtml(dossier: Dossier, rows: readonly CrossRef[], link: (to: string) => string): string {
  if (rows.length === 0) return hastToHtml(element('p', { className: ['notice'] }, 'No passage of one source was found in another.'))
  const { index, sources } = dossier
  const textOf = (source: string, sentence: string) => index.sentenceById.get(source, sentence)?.text ?? ''
  const anchor = (source: string, sentence: string) => link(sentenceAnchor(source, sentence))
  /** The wording the others are compared with: the first body sentence of the row (a headline is too short to compare with). */
  const baseOf = (row: CrossRef) => {
    const sentences = row.members.map((member) => index.sentenceById.get(member.source, member.sentence))
    return (sentences.find((sentence) => sentence?.role === 'body') ?? sentences[0])?.text ?? ''
  }
  const rowHead = (row: CrossRef) => [element('span', { className: ['kind', `kind-${row.kind}`] }, KIND[row.kind]), element('span', { className: ['corroboration'] }, corroboration(sourceCount(row), sources.length))]
  const rowClass = (row: CrossRef) => (row.discrepancies.length ? ['has-discrepancy'] : undefined)
  if (sources.length <= TABLE_UP_TO) return hastToHtml(table(sources, rows, { textOf, anchor, baseOf, rowHead, rowClass }))
  return hastToHtml(
    element(
      'ol',
      { className: ['collation-cards'] },
      rows.map((row) => {
        const base = baseOf(row)
        return element('li', { id: row.id, className: rowClass(row) }, [
          element('p', { className: ['card-head'] }, [...rowHead(row).flatMap((node, i) => (i > 0 ? [' ', node] : [node]))]),
          ...row.discrepancies.map((discrepancy) => element('p', { className: ['discrepancy'] }, discrepancy.detail)),
          element('ul', null, [
            ...row.members.slice(0, MEMBERS_SHOWN).map((member) => {
              const source = index.sourceById.get(member.source)
              const label = source ? sourceLabel(source) : member.source
              return element('li', null, [sourceMark(label), element('span', { className: ['outlet'] }, label), ': ', passage(textOf(member.source, member.sentence), anchor(member.source, member.sentence), base)])
            }),
            row.members.length > MEMBERS_SHOWN && element('li', { className: ['more'] }, `and ${row.members.length - MEMBERS_SHOWN} more passages, on the sources’ pages`),
          ]),
        ])
      }),
    ),
  )
}

interface RowParts {
  textOf(source: string, sentence: string): string
  anchor(source: string, sentence: string): string
  baseOf(row: CrossRef): string
  rowHead(row: CrossRef): Element[]
  rowClass(row: CrossRef): string[] | undefined
}

/** A column per source. */
function table(sources: readonly Source[], rows: readonly CrossRef[], { textOf, anchor, baseOf, rowHead, rowClass }: RowParts): Element {
  const labels = sources.map(sourceLabel)
  return element('div', { className: ['table-wrap'] }, [
    element('table', { className: ['collation'] }, [
      element('caption', { className: ['visually-hidden'] }, 'Aligned passages, one column per source'),
      element('thead', null, [
        element('tr', null, [element('th', { scope: 'col' }, 'Agreement'), ...labels.map((label) => element('th', { scope: 'col', style: `--hue: ${sourceHue(label)}` }, [sourceMark(label), label]))]),
      ]),
      element(
        'tbody',
        null,
        rows.map((row) => {
          const base = baseOf(row)
          return element('tr', { id: row.id, className: rowClass(row) }, [
            element('th', { scope: 'row' }, [...rowHead(row), ...row.discrepancies.map((discrepancy) => element('span', { className: ['discrepancy'] }, discrepancy.detail))]),
            ...sources.map((source, i) => {
              const members = row.members.filter((member) => member.source === source.article.id)
              return element(
                'td',
                { dataLabel: labels[i]! },
                members.length === 0
                  ? [element('span', { className: ['absent'], ariaLabel: 'not reported' }, '—')]
                  : members.map((member) => element('p', null, [passage(textOf(member.source, member.sentence), anchor(member.source, member.sentence), base)])),
              )
            }),
          ])
        }),
      ),
    ]),
  ])
}
