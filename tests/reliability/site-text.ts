/** Helpers for the reliability tests: a built site's text, folders for builds, normalised comparison. */

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { Element, ElementContent, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { matches, select, selectAll } from 'hast-util-select'
import type { Page } from '../support/read-site.ts'

/** Text as compared between input, dossier.json and page: NFC, whitespace runs as one space, trimmed. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** The text a reader sees in an element (hast-util-to-string, normalised). */
export function textOf(element: Element | undefined): string {
  return element ? normalise(toString(element)) : ''
}

/** Notes drawn over a source's text: footnote marks, sidenotes and the notes section (they quote other sources). */
const NOTES = 'sup.note-ref, .sidenote, .footnotes, [data-footnotes]'

/** The reading text of a source page: the article (title, meta, text and saved furniture) without notes or site chrome. */
export function articleText(page: Page): string {
  const article = select('article.source', page.tree) as Element | undefined
  return article ? normalise(textWithout(article, NOTES)) : ''
}

/** The text of a node, leaving out the elements that match `selector`. */
function textWithout(node: Root | Element | ElementContent, selector: string): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && matches(selector, node)) return ''
  if (node.type !== 'element' && node.type !== 'root') return ''
  return node.children.map((child) => textWithout(child as ElementContent, selector)).join('')
}

/** The elements of a page carrying a sentence id, by id. */
export function sentenceElements(page: Page): Map<string, Element[]> {
  const byId = new Map<string, Element[]>()
  for (const element of selectAll('[id]', page.tree) as Element[]) {
    const id = String(element.properties['id'])
    byId.set(id, [...(byId.get(id) ?? []), element])
  }
  return byId
}

/** Every file of a folder (relative path → bytes), for comparing two builds byte for byte. */
export async function filesOf(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const files = new Map<string, Buffer>()
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(relative(folder, path).split(sep).join('/'), await readFile(path))
  }
  return files
}

/** Temporary folders made by a test file, removed by `removeAll`. */
export function tempFolders() {
  const made: string[] = []
  return {
    /** A new empty temporary folder. */
    async make(prefix: string): Promise<string> {
      const folder = await mkdtemp(join(tmpdir(), `dossier-${prefix}-`))
      made.push(folder)
      return folder
    },
    /** Removes every folder made. */
    async removeAll(): Promise<void> {
      await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
    },
  }
}

/** The text of a source as its page sets it: the title and the article text, without notes, kicker, meta or furniture. */
export function sourceText(page: Page): string {
  const parts = selectAll('h1.article-title, .article-text', page.tree) as Element[]
  return normalise(parts.map((part) => textWithout(part, NOTES)).join(' '))
}
