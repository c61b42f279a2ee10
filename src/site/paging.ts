/**
 * Long lists (the comparison, the ledgers, a topic's mentions) are cut into pages so that no page
 * grows with the whole corpus: page 1 keeps the plain name (`quotes.html`), later ones add `--n`.
 */

/** Cuts a list into pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}

/** How content-cut pages (`paginateByContent`) are sized: at least `min` items (but the last page), about `average`, at most `max`. */
export interface ContentPageSizes {
  min: number
  average: number
  max: number
}

/**
 * Cuts a list into pages where its items say, rather than every `size` items: a page ends after an
 * item whose id hashes to a multiple of `average - min` once the page holds `min` items, and at
 * `max` items at the latest. When a few items of a long list change (one article edited), only the
 * pages they are on change; with pages of a fixed size, one row added or removed moved every row
 * after it to another page, and a rebuild rendered all those pages again. Items with the same ids
 * in the same order give the same pages.
 */
export function paginateByContent<T>(items: readonly T[], idOf: (item: T) => string, sizes: ContentPageSizes): T[][] {
  const { min, average, max } = sizes
  const spread = Math.max(1, average - min)
  const pages: T[][] = []
  let page: T[] = []
  for (const item of items) {
    page.push(item)
    if (page.length >= max || (page.length >= min && fnv1a(idOf(item)) % spread === 0)) {
      pages.push(page)
      page = []
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}

/** The 32-bit FNV-1a hash of a string's UTF-16 code units: cheap, and the same in every build. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The path of page `n` (1-based) of a paged list whose first page is `first` (e.g. `quotes.html`). */
export function pagedPath(first: string, n: number): string {
  return n === 1 ? first : first.replace(/\.html$/, `--${n}.html`)
}

/**
 * The page numbers a pager shows: the first, the last and `around` either side of the current one,
 * with null where numbers are left out. A list of thousands of pages links a dozen from each page,
 * not thousands (which would make the pages of a large dossier grow with the square of its size).
 */
export function pageWindow(current: number, count: number, around = 3): (number | null)[] {
  const shown: (number | null)[] = []
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n)
    else if (shown.at(-1) !== null) shown.push(null)
  }
  return shown
}
