import { h } from 'hastscript'
import { crossrefNotesFor } from '../annotate/crossref-notes.ts'
import type { SourceAnnotations } from '../annotate/render-source.ts'
import type { Note } from '../annotate/rehype-footnotes.ts'
import type { TopicLink } from '../annotate/rehype-topic-links.ts'
import type { Source } from '../model.ts'
import type { AnchoredAnnotation } from './analyst-annotations.ts'
import { sentenceKey, type DossierIndex } from './dossier-index.ts'
import type { LinkTargets } from './link-targets.ts'

/** What the annotation pipeline draws on one source: topic links, the analyst's marks and notes, cross-references. */
export function annotationsFor(source: Source, index: DossierIndex, annotations: readonly AnchoredAnnotation[], targets: LinkTargets): SourceAnnotations {
  const id = source.article.id
  const topicLinks = new Map<string, TopicLink[]>()
  for (const sentence of source.sentences) {
    const mentions = index.mentionsBySentence.get(sentenceKey(id, sentence.id)) ?? []
    if (!mentions.length) continue
    topicLinks.set(
      sentence.id,
      mentions.map(({ topic, span }) => ({ start: span.start, end: span.end, href: targets.topic(topic.slug), topic: topic.slug, name: topic.name })),
    )
  }
  const notes = new Map<string, Note[]>()
  const marks = []
  for (const annotation of annotations) {
    if (annotation.source !== id) continue
    for (const segment of annotation.segments) marks.push({ ...segment, note: annotation.id })
    const last = annotation.segments.at(-1)
    if (!last) continue
    const content = [h('span.note-kind', annotation.title ? `Analyst’s note: ${annotation.title}` : 'Analyst’s note'), ...annotation.content]
    notes.set(last.sentence, [...(notes.get(last.sentence) ?? []), { kind: 'analyst', content }])
  }
  for (const [sentence, list] of crossrefNotesFor(source, index, targets.sentence)) notes.set(sentence, [...(notes.get(sentence) ?? []), ...list])
  return { topicLinks, marks, notes }
}
