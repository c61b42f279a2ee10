import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { unified } from 'unified'
import type { Source } from '../model.ts'
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts'
import { sourceToHast } from './source-to-hast.ts'

/** The annotation pipeline: one rehype plugin a step, run on the tree built from the source. */
function pipeline() {
  return unified().use(rehypeSentenceAnchors)
}

/** The annotated HTML of a source's text, ready for its page. */
export function renderSourceHtml(source: Source): string {
  const tree = pipeline().runSync(sourceToHast(source)) as Root
  return toHtml(tree)
}
