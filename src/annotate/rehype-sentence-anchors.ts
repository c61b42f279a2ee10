import type { Root } from 'hast'
import { visit } from 'unist-util-visit'

export interface SentenceAnchorsOptions {
  /** Prefix for the ids (default: none, so `page.html#s-…` links work as the contract says). */
  prefix?: string
}

const emptyOptions: SentenceAnchorsOptions = {}

/** Gives every `[data-sentence]` element its sentence id as HTML `id`, so `page#sentence` links land on it. */
export default function rehypeSentenceAnchors(options?: SentenceAnchorsOptions) {
  const prefix = (options ?? emptyOptions).prefix ?? ''
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const id = node.properties['dataSentence']
      if (typeof id === 'string' && id) node.properties['id'] = prefix + id
    })
  }
}
