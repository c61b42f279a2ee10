import { resolve } from 'node:path'
import { getCollection, render } from 'astro:content'
import mdxRenderer from '@astrojs/mdx/server.js'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { h } from 'hastscript'
import { visit } from 'unist-util-visit'
import { anchorTextQuote, type AnchorSegment, type TextQuoteSelector } from '../annotate/anchor-text-quote.ts'
import type { Source } from '../model.ts'
import { AnalystError, lineOf } from './analyst-error.ts'
import { readAnnotationFrontMatter } from './analyst-front-matter.ts'

/** An analyst's note from content/annotations, anchored in its source. */
export interface AnchoredAnnotation {
  id: string
  file: string
  source: string
  title: string | null
  selector: TextQuoteSelector
  how: 'exact' | 'normalized' | 'fuzzy'
  segments: AnchorSegment[]
  /** The note's body, rendered from MDX, as phrasing content (see rehype-footnotes). */
  content: ElementContent[]
}

/** Reads, renders and anchors every annotation; one that names no source or anchors nowhere fails the build. */
export async function loadAnnotations(sources: ReadonlyMap<string, Source>, root: string): Promise<AnchoredAnnotation[]> {
  const entries = (await getCollection('annotations')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (!entries.length) return []
  const container = await AstroContainer.create()
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer })
  const annotations: AnchoredAnnotation[] = []
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.id}.mdx`
    const path = resolve(root, file)
    const { source: sourceId, selector, title } = readAnnotationFrontMatter(entry.data, file, root)
    const source = sources.get(sourceId)
    if (!source) {
      const known = [...sources.keys()].slice(0, 8).join(', ')
      throw new AnalystError(file, lineOf(path, 'source:'), `no source has the id "${sourceId}"`, `use one of: ${known}${sources.size > 8 ? ', …' : ''} (a source's id is its file name without extension; see dossier.json)`)
    }
    const result = anchorTextQuote(source, selector)
    if (!result.found) {
      throw new AnalystError(
        file,
        lineOf(path, 'exact:'),
        `the passage "${selector.exact}" is not in source ${sourceId}`,
        `the closest passage (${result.edits} edits away) is "${result.closest}"; copy the words exactly from the source page`,
      )
    }
    const { Content } = await render(entry)
    const html = await container.renderToString(Content)
    annotations.push({ id: entry.id, file, source: sourceId, title: title ?? null, selector, how: result.how, segments: result.segments, content: phrasingOnly(html) })
  }
  return annotations
}

/** Block elements of a rendered note become spans (display: block in CSS), so the note can sit inside a paragraph. */
function phrasingOnly(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true })
  visit(tree, 'element', (node) => {
    if (['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'section'].includes(node.tagName)) {
      node.properties = { className: ['note-line', `note-${node.tagName}`] }
      node.tagName = 'span'
    }
  })
  const content = tree.children.filter((node): node is ElementContent => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''))
  return content.length ? content : [h('span', '')]
}
