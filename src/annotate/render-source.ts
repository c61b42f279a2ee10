import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { unified } from 'unified'
import type { Source } from '../model.ts'
import rehypeAnalystMarks, { type AnalystMark } from './rehype-analyst-marks.ts'
import rehypeFootnotes, { type Note } from './rehype-footnotes.ts'
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts'
import rehypeTopicLinks, { type TopicLink } from './rehype-topic-links.ts'
import { sourceToHast } from './source-to-hast.ts'

/** Everything drawn on top of a source's text. */
export interface SourceAnnotations {
  topicLinks: ReadonlyMap<string, readonly TopicLink[]>
  marks: readonly AnalystMark[]
  /** Notes by sentence id: analyst notes and cross-references. */
  notes: ReadonlyMap<string, readonly Note[]>
}

/** A source rendered for its page: the title and the text (standfirst, captions, body, notes). */
export interface RenderedSource {
  titleHtml: string
  bodyHtml: string
}

/** Runs the annotation pipeline, one rehype plugin a step, on the tree built from the source. */
export function renderSource(source: Source, annotations: SourceAnnotations): RenderedSource {
  const processor = unified()
    .use(rehypeSentenceAnchors)
    .use(rehypeTopicLinks, { links: annotations.topicLinks })
    .use(rehypeAnalystMarks, { marks: annotations.marks })
    .use(rehypeFootnotes, { notes: annotations.notes })
  const tree = processor.runSync(sourceToHast(source)) as Root
  const [title, ...body] = tree.children
  return {
    titleHtml: title ? toHtml(title) : '',
    bodyHtml: toHtml({ type: 'root', children: body }),
  }
}
