import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { wrapTextRange } from './hast-text-ranges.ts'

/** A mention to link: characters `[start, end)` of a sentence's text. */
export interface TopicLink {
  start: number
  end: number
  href: string
  /** The topic's slug, kept on the link for styles and scripts. */
  topic: string
  /** The topic's name, shown as the link's title when it differs from the words linked. */
  name: string
}

export interface TopicLinksOptions {
  /** Links to make, by sentence id. */
  links: ReadonlyMap<string, readonly TopicLink[]>
}

/** Links every topic mention in every `[data-sentence]` element to its topic page. Overlapping mentions: the earlier, then the longer, wins. */
export default function rehypeTopicLinks(options: TopicLinksOptions) {
  const { links } = options
  return (tree: Root): void => {
    if (links.size === 0) return
    visit(tree, 'element', (node) => {
      const id = node.properties['dataSentence']
      if (typeof id !== 'string') return
      for (const link of withoutOverlaps(links.get(id) ?? [])) {
        const properties = { className: ['topic-link'], href: link.href, dataTopic: link.topic, ...(link.name ? { title: `Topic: ${link.name}` } : {}) }
        // Plain hast objects: this runs for every mention of every page.
        wrapTextRange(node, link.start, link.end, (children) => ({ type: 'element', tagName: 'a', properties: { ...properties }, children }))
      }
    })
  }
}

/** Keeps the mentions that do not overlap an earlier (or, at the same start, a longer) one. */
export function withoutOverlaps(links: readonly TopicLink[]): TopicLink[] {
  const sorted = [...links].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TopicLink[] = []
  let reached = -1
  for (const link of sorted) {
    if (link.start < reached || link.end <= link.start) continue
    kept.push(link)
    reached = link.end
  }
  return kept
}
