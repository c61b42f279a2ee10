import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { CrossRef, CrossRefKind, Source } from '../model.ts'
import { sentenceKey, type DossierIndex } from '../site/dossier-index.ts'
import { sourceHue, sourceLabel } from '../site/source-facts.ts'
import type { Note } from './rehype-footnotes.ts'
import { markDifferences } from './word-diff.ts'

/** Where a link to a sentence of a source goes. */
export type SentenceHref = (source: string, sentence: string) => string

/** How a note introduces its passages. */
const KIND_LABEL: Record<CrossRefKind, string> = {
  quote: 'Same quote',
  claim: 'Same claim',
  related: 'Related',
}

/** Other sources shown in full in one note; the rest are counted. */
const MAX_PASSAGES = 4

/**
 * The cross-reference notes of one source, by sentence id: each names the other outlets, quotes
 * their passage with the words that differ marked, states the discrepancies, and links to the
 * exact sentence on the other source's page.
 */
export function crossrefNotesFor(source: Source, index: DossierIndex, sentenceHref: SentenceHref): Map<string, Note[]> {
  const notes = new Map<string, Note[]>()
  const id = source.article.id
  for (const crossref of index.crossrefsBySource.get(id) ?? []) {
    for (const member of crossref.members) {
      if (member.source !== id) continue
      const own = index.sentenceByKey.get(sentenceKey(id, member.sentence))
      if (!own) continue
      const note: Note = { kind: 'crossref', content: noteContent(crossref, own.text, id, index, sentenceHref) }
      const list = notes.get(member.sentence)
      if (list) list.push(note)
      else notes.set(member.sentence, [note])
    }
  }
  return notes
}

/** One note: its kind, the other passages, the discrepancies. */
function noteContent(crossref: CrossRef, ownText: string, ownSource: string, index: DossierIndex, sentenceHref: SentenceHref): ElementContent[] {
  const others = crossref.members.filter((member) => member.source !== ownSource)
  const sources = new Set(others.map((member) => member.source)).size
  const content: ElementContent[] = [h('span.note-kind', `${KIND_LABEL[crossref.kind]} in ${sources === 1 ? '1 other source' : `${sources} other sources`}`)]
  for (const member of others.slice(0, MAX_PASSAGES)) {
    const source = index.sourceById.get(member.source)
    const sentence = index.sentenceByKey.get(sentenceKey(member.source, member.sentence))
    if (!source || !sentence) continue
    const label = sourceLabel(source)
    content.push(
      h('span.note-line', [
        h('span.source-mark', { style: `--hue: ${sourceHue(label)}`, ariaHidden: 'true' }),
        h('span.outlet', label),
        ': “',
        h('a.note-passage', { href: sentenceHref(member.source, member.sentence) }, [...markDifferences(ownText, sentence.text)]),
        '”',
      ]),
    )
  }
  if (others.length > MAX_PASSAGES) content.push(h('span.note-line', `and ${others.length - MAX_PASSAGES} more`))
  for (const discrepancy of crossref.discrepancies) {
    content.push(h('span.note-line.note-discrepancy', [h('strong', 'Differs: '), discrepancy.detail]))
  }
  return content
}
