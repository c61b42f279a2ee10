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
  /** Every source, paged (the overview lists the earliest ones). */
  sources: 'sources.html',
  /** What only one source reports, paged. */
  unique: 'unique.html',
  /** Every passage whose sources differ, paged. */
  differences: 'differences.html',
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
  const hash = to.indexOf('#')
  const path = hash < 0 ? to : to.slice(0, hash)
  const fragment = hash < 0 ? '' : to.slice(hash)
  return `${path === '' ? '' : relativePath(from, path)}${fragment}`
}

/** `to` relative to the folder of `from`; the site's own pages (one folder deep at most) are worked out without `path`, which costs at tens of links a mention page. */
function relativePath(from: string, to: string): string {
  const fromDir = from.slice(0, from.lastIndexOf('/') + 1)
  const toDir = to.slice(0, to.lastIndexOf('/') + 1)
  if (fromDir === toDir) return to.slice(toDir.length)
  if (fromDir === '') return to
  const oneDeep = fromDir.indexOf('/') === fromDir.length - 1
  if (oneDeep) return to.startsWith(fromDir) ? to.slice(fromDir.length) : `../${to}`
  return posix.relative(posix.dirname(from), to) || posix.basename(to)
}

/** A function that turns site-root paths into links relative to the page at `from`. */
export function linkerFor(from: string): (to: string) => string {
  return (to) => relativeHref(from, to)
}
