import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { crossrefNoteContent, crossrefNotesFor, type CrossrefNote } from '../annotate/crossref-notes.ts'
import type { AnalystMark } from '../annotate/rehype-analyst-marks.ts'
import type { SourceAnnotations } from '../annotate/render-source.ts'
import type { Note } from '../annotate/rehype-footnotes.ts'
import type { TopicLink } from '../annotate/rehype-topic-links.ts'
import type { Source } from '../model.ts'
import type { AnchoredAnnotation } from './analyst-annotations.ts'
import { mentionsIn, type DossierIndex } from './dossier-index.ts'
import type { LinkTargets } from './link-targets.ts'

/** A note before it is markup: a cross-reference as data, or the analyst's note (already markup, from MDX). */
export type NoteInput = { kind: 'crossref'; note: CrossrefNote } | { kind: 'analyst'; title: string | null; content: ElementContent[] }

/**
 * What the annotation pipeline draws on one source, as plain data: everything the rendered page
 * depends on besides the source itself, so that it can also key a cache of rendered pages.
 */
export interface AnnotationInputs {
  topicLinks: Map<string, TopicLink[]>
  marks: AnalystMark[]
  /** Notes by sentence id, in order: the analyst's first, then cross-references. */
  notes: Map<string, NoteInput[]>
}

/** The topic links, the analyst's marks and notes, and the cross-references of one source. */
export function annotationInputsFor(source: Source, index: DossierIndex, annotations: readonly AnchoredAnnotation[], targets: LinkTargets): AnnotationInputs {
  const id = source.article.id
  const topicLinks = new Map<string, TopicLink[]>()
  for (const sentence of source.sentences) {
    const mentions = mentionsIn(index, id, sentence.id)
    if (!mentions.length) continue
    topicLinks.set(
      sentence.id,
      mentions.map(({ topic, span }) => ({ start: span.start, end: span.end, href: targets.topic(topic.slug), topic: topic.slug, name: topic.name })),
    )
  }
  const notes = new Map<string, NoteInput[]>()
  const add = (sentence: string, list: NoteInput[]) => notes.set(sentence, [...(notes.get(sentence) ?? []), ...list])
  const marks: AnalystMark[] = []
  for (const annotation of annotations) {
    if (annotation.source !== id) continue
    for (const segment of annotation.segments) marks.push({ ...segment, note: annotation.id })
    const last = annotation.segments.at(-1)
    if (last) add(last.sentence, [{ kind: 'analyst', title: annotation.title, content: annotation.content }])
  }
  for (const [sentence, list] of crossrefNotesFor(source, index, targets.sentence)) add(sentence, list.map((note) => ({ kind: 'crossref', note })))
  return { topicLinks, marks, notes }
}

/** The inputs as the rehype plugins take them: notes as markup. */
export function toSourceAnnotations(inputs: AnnotationInputs): SourceAnnotations {
  const notes = new Map<string, Note[]>()
  for (const [sentence, list] of inputs.notes) notes.set(sentence, list.map(noteOf))
  return { topicLinks: inputs.topicLinks, marks: inputs.marks, notes }
}

/** One note as footnote markup. */
function noteOf(input: NoteInput): Note {
  if (input.kind === 'crossref') return { kind: 'crossref', content: crossrefNoteContent(input.note) }
  const heading = h('span.note-kind', input.title ? `Analyst’s note: ${input.title}` : 'Analyst’s note')
  return { kind: 'analyst', content: [heading, ...input.content] }
}
