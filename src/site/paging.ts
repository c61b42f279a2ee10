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
