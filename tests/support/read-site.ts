import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import type { DossierJson } from '../../src/site/dossier-json.ts'

/** A built page: its path relative to the site root, its HTML and its tree. */
export interface Page {
  path: string
  html: string
  tree: Root
}

/** Reads and parses every HTML page of a built site. */
export async function readPages(dist: string): Promise<Map<string, Page>> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true })
  const pages = new Map<string, Page>()
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = join(entry.parentPath, entry.name)
    const path = relative(dist, file).split(sep).join('/')
    const html = await readFile(file, 'utf8')
    pages.set(path, { path, html, tree: fromHtml(html) })
  }
  return pages
}

/** Reads `dossier.json`. */
export async function readDossierJson(dist: string): Promise<DossierJson> {
  return JSON.parse(await readFile(join(dist, 'dossier.json'), 'utf8')) as DossierJson
}

/** The ids of every element of a page. */
export function idsOf(page: Page): string[] {
  return selectAll('[id]', page.tree).map((element) => String(element.properties['id']))
}

/** A link or asset reference that does not resolve to a file (and, with a fragment, to an id in it). */
export interface BrokenLink {
  page: string
  url: string
  why: string
}

/** Checks every `href` and `src` of every page: relative, resolving to a file of the site, fragments to ids. */
export function brokenLinks(dist: string, pages: Map<string, Page>): BrokenLink[] {
  const broken: BrokenLink[] = []
  const ids = new Map<string, Set<string>>()
  const idSet = (path: string) => {
    let set = ids.get(path)
    if (!set) {
      const page = pages.get(path)
      set = new Set(page ? idsOf(page) : [])
      ids.set(path, set)
    }
    return set
  }
  for (const page of pages.values()) {
    for (const element of selectAll('[href], [src]', page.tree) as Element[]) {
      const url = String(element.properties['href'] ?? element.properties['src'])
      if (/^(https?:|mailto:)/i.test(url)) continue
      if (url.startsWith('/')) {
        broken.push({ page: page.path, url, why: 'root-absolute URL (breaks from file:// and sub-paths)' })
        continue
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
        broken.push({ page: page.path, url, why: 'unexpected scheme' })
        continue
      }
      const [path = '', fragment] = url.split('#', 2) as [string, string | undefined]
      const target = path === '' ? page.path : posix.normalize(posix.join(posix.dirname(page.path), decodeURIComponent(path)))
      if (target.startsWith('..') || !existsSync(join(dist, target))) {
        broken.push({ page: page.path, url, why: `no file ${target}` })
        continue
      }
      if (fragment && target.endsWith('.html') && !idSet(target).has(decodeURIComponent(fragment))) {
        broken.push({ page: page.path, url, why: `no id "${fragment}" in ${target}` })
      }
    }
  }
  return broken
}

/** The text content of a hast node. */
export function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('')
}
