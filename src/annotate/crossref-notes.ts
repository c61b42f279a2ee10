import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { CrossRef, CrossRefKind, Source } from '../model.ts'
import type { DossierIndex } from '../site/dossier-index.ts'
import { sourceHue, sourceLabel } from '../site/source-facts.ts'
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

/** One other source's passage in a note, as data. */
export interface NotePassage {
  /** The other source's id. */
  source: string
  label: string
  hue: number
  href: string
  /** The text of the sentence the note hangs on, and the other source's sentence, whose differing words are marked. */
  own: string
  other: string
}

/** A cross-reference note as data: what it shows, before it is markup (and the key of a cached page). */
export interface CrossrefNote {
  kind: CrossRefKind
  /** How many other sources carry the passage. */
  sources: number
  passages: NotePassage[]
  /** Other passages counted but not shown. */
  more: number
  discrepancies: string[]
}

/**
 * The cross-reference notes of one source, by sentence id: each names the other outlets, quotes
 * their passage, states the discrepancies, and links to the exact sentence on the other source's page.
 */
export function crossrefNotesFor(source: Source, index: DossierIndex, sentenceHref: SentenceHref): Map<string, CrossrefNote[]> {
  const notes = new Map<string, CrossrefNote[]>()
  const id = source.article.id
  for (const crossref of index.crossrefsBySource.get(id) ?? []) {
    for (const member of crossref.members) {
      if (member.source !== id) continue
      const own = index.sentenceById.get(id, member.sentence)
      if (!own) continue
      const note = noteData(crossref, own.text, id, index, sentenceHref)
      const list = notes.get(member.sentence)
      if (list) list.push(note)
      else notes.set(member.sentence, [note])
    }
  }
  return notes
}

/** One note: its kind, the other passages, the discrepancies. */
function noteData(crossref: CrossRef, ownText: string, ownSource: string, index: DossierIndex, sentenceHref: SentenceHref): CrossrefNote {
  const others = crossref.members.filter((member) => member.source !== ownSource)
  const passages: NotePassage[] = []
  for (const member of others.slice(0, MAX_PASSAGES)) {
    const source = index.sourceById.get(member.source)
    const sentence = index.sentenceById.get(member.source, member.sentence)
    if (!source || !sentence) continue
    const label = sourceLabel(source)
    passages.push({ source: member.source, label, hue: sourceHue(label), href: sentenceHref(member.source, member.sentence), own: ownText, other: sentence.text })
  }
  return {
    kind: crossref.kind,
    sources: new Set(others.map((member) => member.source)).size,
    passages,
    more: Math.max(0, others.length - MAX_PASSAGES),
    discrepancies: crossref.discrepancies.map((discrepancy) => discrepancy.detail),
  }
}

/** A note as the markup of a footnote: the other passages with the words that differ marked. */
export function crossrefNoteContent(note: CrossrefNote): ElementContent[] {
  const content: ElementContent[] = [h('span.note-kind', `${KIND_LABEL[note.kind]} in ${note.sources === 1 ? '1 other source' : `${note.sources} other sources`}`)]
  for (const passage of note.passages) {
    content.push(
      h('span.note-line', [
        h('span.source-mark', { style: `--hue: ${passage.hue}`, ariaHidden: 'true' }),
        h('span.outlet', passage.label),
        ': “',
        h('a.note-passage', { href: passage.href }, [...markDifferences(passage.own, passage.other)]),
        '”',
      ]),
    )
  }
  if (note.more > 0) content.push(h('span.note-line', `and ${note.more} more`))
  for (const detail of note.discrepancies) content.push(h('span.note-line.note-discrepancy', [h('strong', 'Differs: '), detail]))
  return content
}
