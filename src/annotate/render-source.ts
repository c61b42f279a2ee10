import type { Root } from 'hast'
import { unified } from 'unified'
import { hastToHtml } from './hast-to-html.ts'
import rehypeAnalystMarks, { type AnalystMark } from './rehype-analyst-marks.ts'
import rehypeFootnotes, { type Note } from './rehype-footnotes.ts'
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts'
import rehypeTopicLinks, { type TopicLink } from './rehype-topic-links.ts'
import { sourceToHast, type SourceText } from './source-to-hast.ts'

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

export interface RenderOptions {
  /** Prefix for every id on the page (sentences, notes), for a document holding several sources. */
  idPrefix?: string
  /** Rank of the title's heading (default 1); the notes' heading is one below. */
  titleRank?: 1 | 2 | 3
}

/** Runs the annotation pipeline, one rehype plugin a step, on the tree built from the source. */
export function renderSourceTree(source: SourceText, annotations: SourceAnnotations, options: RenderOptions = {}): Root {
  const prefix = options.idPrefix ?? ''
  const processor = unified()
    .use(rehypeSentenceAnchors, { prefix })
    .use(rehypeTopicLinks, { links: annotations.topicLinks })
    .use(rehypeAnalystMarks, { marks: annotations.marks })
    .use(rehypeFootnotes, { notes: annotations.notes, idPrefix: prefix, headingRank: (options.titleRank ?? 1) + 1 })
  return processor.runSync(sourceToHast(source, options.titleRank)) as Root
}

/** The source's page text as HTML: its title apart, for the page's header. */
export function renderSource(source: SourceText, annotations: SourceAnnotations, options: RenderOptions = {}): RenderedSource {
  const [title, ...body] = renderSourceTree(source, annotations, options).children
  return {
    titleHtml: title ? hastToHtml(title) : '',
    bodyHtml: hastToHtml({ type: 'root', children: body }),
  }
}
