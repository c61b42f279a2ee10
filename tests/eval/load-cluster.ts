/**
 * Reads a folder of plain-text articles into Sources without the ingest stage: the first
 * paragraph is the title, paragraphs are separated by blank lines (or, with `lines`, each
 * non-empty line is a paragraph, as in the saved seeds).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Article, Source } from '../../src/model.ts'
import { splitSource } from '../../src/analyze/split-source.ts'

/** Builds an Article from a text: first paragraph = title, the rest = body. */
export function articleFromText(file: string, text: string, lines = false): Article {
  const paragraphs = text
    .split(lines ? /\n/ : /\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const [title = file, ...body] = paragraphs
  return {
    id: basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    file, format: 'txt', title, titleDerived: false, standfirst: null, outlet: null, byline: null,
    dateline: null, published: null, publishedText: null, url: null, captions: [], paragraphs: body,
    boilerplate: [], warnings: [],
  }
}

/** Reads every .txt file of a folder into Sources, in file-name order. */
export function loadCluster(dir: string, lines = false): Source[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => splitSource(articleFromText(file, readFileSync(join(dir, file), 'utf8'), lines)))
}
