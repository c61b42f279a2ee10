import type { Element } from 'hast'
import { element } from '../annotate/hast-element.ts'
import { markDifferences } from '../annotate/word-diff.ts'
import { pagedPath, pageWindow } from './paging.ts'
import { sourceHue } from './source-facts.ts'

/**
 * Small pieces of markup that both Astro components and pages written as hast use: one definition,
 * so that a page is the same whichever way it was made (SourceMark.astro and Pager.astro write these).
 */

/** The coloured mark before a source's name. */
export function sourceMark(label: string): Element {
  return element('span', { className: ['source-mark'], style: `--hue: ${sourceHue(label)}`, ariaHidden: 'true' })
}

/** What `pager` links. */
export interface PagerOptions {
  /** The list's first page (the others are `pagedPath(first, n)`). */
  first: string
  current: number
  count: number
  /** Site-root path → link from the page the pager is on. */
  link: (to: string) => string
  label: string
}

/** Links to the pages of a paged list: the first, the last and those around the current one; null for a list of one page. */
export function pager({ first, current, count, link, label }: PagerOptions): Element | null {
  if (count <= 1) return null
  return element('nav', { className: ['pages'], ariaLabel: label }, [
    current > 1 && element('a', { href: link(pagedPath(first, current - 1)), rel: ['prev'] }, 'Previous'),
    ...pageWindow(current, count).map((n) =>
      n === null ? element('span', { className: ['gap'], ariaHidden: 'true' }, '…') : n === current ? element('span', { ariaCurrent: 'page' }, String(n)) : element('a', { href: link(pagedPath(first, n)) }, String(n)),
    ),
    current < count && element('a', { href: link(pagedPath(first, current + 1)), rel: ['next'] }, 'Next'),
  ])
}

/** A sentence quoted from a source, linked to its anchor; with `base`, the words it does not share with `base` are marked. */
export function passage(text: string, href: string, base?: string): Element {
  return element('a', { className: ['passage'], href }, base === undefined || base === text ? text : [...markDifferences(base, text)])
}
