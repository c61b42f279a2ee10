/**
 * Reads a folder of articles into Sources. Plain `.txt` clusters are read without the ingest
 * stage by default: the first paragraph is the title, paragraphs are separated by blank lines (or,
 * with `lines`, each non-empty line is a paragraph, as in the saved seeds). With `ingest`, every
 * file (.txt, .md, .html) goes through the real ingest parser, as a build would read it: hard
 * wraps, front matter, datelines, page furniture and all.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Article, Source } from '../../src/model.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { formatOf } from '../../src/ingest/list-seed-files.ts'
import { parseArticleFile } from '../../src/ingest/parse-article.ts'

/** How a cluster's files are read. */
export interface LoadOptions {
  /** Each non-empty line is a paragraph (the saved seeds; plain reader only). */
  lines?: boolean
  /** Read every file through the real ingest parser. */
  ingest?: boolean
}

/** Builds an Article from a text: first paragraph = title, the rest = body. */
export function articleFromText(file: string, text: string, lines = false): Article {
  const paragraphs = text
    .split(lines ? /\n/ : /\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const [title = file, ...body] = paragraphs
  return {
    id: idOf(file), file, format: 'txt', title, titleDerived: false, standfirst: null, outlet: null, byline: null,
    dateline: null, published: null, publishedText: null, url: null, captions: [], paragraphs: body,
    boilerplate: [], warnings: [],
  }
}

/** Reads one file through the ingest parser; a file it cannot read fails loudly (a fixture must be readable). */
export function articleFromFile(file: string, bytes: Uint8Array): Article {
  const format = formatOf(file)
  if (!format) throw new Error(`${file}: not an article format`)
  const outcome = parseArticleFile(bytes, file, format)
  if ('skipped' in outcome) throw new Error(`${file}: ${outcome.skipped}`)
  return { id: idOf(file), file, format, ...outcome.article }
}

/** A URL-safe id from the file name. */
function idOf(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/** Reads the articles of a folder into Sources, in file-name order: .txt only, or every format with `ingest`. */
export function loadCluster(dir: string, options: LoadOptions | boolean = {}): Source[] {
  const { lines = false, ingest = false } = typeof options === 'boolean' ? { lines: options } : options
  return readdirSync(dir)
    .filter((file) => (ingest ? formatOf(file) !== null : file.endsWith('.txt')))
    .sort()
    .map((file) => {
      const path = join(dir, file)
      const article = ingest ? articleFromFile(file, new Uint8Array(readFileSync(path))) : articleFromText(file, readFileSync(path, 'utf8'), lines)
      return splitSource(article)
    })
}
