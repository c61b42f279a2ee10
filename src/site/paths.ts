import { posix } from 'node:path'

/**
 * Every page's path relative to the site root, and relative links between them: the site is read
 * from disk and served under any sub-path, so no URL in the output starts with `/`.
 */
export const PAGES = {
  overview: 'index.html',
  compare: 'compare.html',
  quotes: 'quotes.html',
  figures: 'figures.html',
  topics: 'topics.html',
  search: 'search.html',
  print: 'print.html',
} as const


/** The page of one source. */
export function sourcePage(id: string): string {
  return `sources/${id}.html`
}

/** A sentence on its source's page: `sources/<id>.html#<sentence-id>`. */
export function sentenceAnchor(source: string, sentence: string): string {
  return `${sourcePage(source)}#${sentence}`
}

/** The page of one topic. */
export function topicPage(slug: string): string {
  return `topics/${slug}.html`
}

/** A link from the page at `from` to `to` (both relative to the site root; `to` may carry a `#fragment`). */
export function relativeHref(from: string, to: string): string {
  const [path = '', fragment] = to.split('#', 2) as [string, string | undefined]
  const target = path === '' ? '' : posix.relative(posix.dirname(from), path) || posix.basename(path)
  return fragment === undefined ? target : `${target}#${fragment}`
}

/** A function that turns site-root paths into links relative to the page at `from`. */
export function linkerFor(from: string): (to: string) => string {
  return (to) => relativeHref(from, to)
}
