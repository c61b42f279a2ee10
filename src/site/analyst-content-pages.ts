import type { AnchoredAnnotation } from './analyst-annotations.ts'

/**
 * The pages of this build that show the analyst's MDX: the overview's and the first printed
 * volume's introduction, a curated topic's notes, an annotated source and the printed volume
 * holding it. Astro renders MDX images with root-absolute URLs (`/_astro/…`) and an analyst may
 * link root-absolutely, so these pages, and only these, go through the relative-URL pass
 * (src/integrations/relative-urls.ts): every other page links relatively from the start, and
 * reading tens of thousands of them after the build cost 16 s of a 10,000-article build.
 */

const PAGES = Symbol.for('dossier.analyst-content-pages')

/** The set, global: the pages and the integration are loaded as separate module instances. */
function pages(): Set<string> {
  const holder = globalThis as { [PAGES]?: Set<string> }
  holder[PAGES] ??= new Set()
  return holder[PAGES]
}

/** Notes that the page at `path` (site-relative, e.g. `topics/x.html`) shows the analyst's MDX. */
export function markAnalystContent(path: string): void {
  pages().add(path)
}

/** Whether any of these annotations belongs to one of these sources (their pages then show the analyst's MDX). */
export function annotatesAny(annotations: readonly AnchoredAnnotation[], sourceIds: readonly string[]): boolean {
  if (annotations.length === 0) return false
  const ids = new Set(sourceIds)
  return annotations.some((annotation) => ids.has(annotation.source))
}

/** The pages marked since the build started, site-relative. */
export function analystContentPages(): ReadonlySet<string> {
  return pages()
}

/** Forgets the last build's pages (at the start of a build). */
export function forgetAnalystContentPages(): void {
  pages().clear()
}
