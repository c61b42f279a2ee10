/** Test helpers: read a fixture or seed and parse it the way the folder reader does. */

import { readFileSync } from 'node:fs'
import type { ParsedArticle, SourceFormat } from '../../src/model.ts'
import { parseArticleFile } from '../../src/ingest/parse-article.ts'

/** Absolute URL of a file under the repository root. */
export function repoFile(path: string): URL {
  return new URL(`../../${path}`, import.meta.url)
}

/** Parses a file of the repository; fails the test when it is skipped. */
export function parseFile(path: string, format: SourceFormat = formatOf(path)): ParsedArticle {
  const outcome = parseArticleFile(readFileSync(repoFile(path)), path, format)
  if ('skipped' in outcome) throw new Error(`${path} skipped: ${outcome.skipped}`)
  return outcome.article
}

/** Parses a text given inline, as a .txt file. */
export function parseTxt(text: string): ParsedArticle {
  const outcome = parseArticleFile(new TextEncoder().encode(text), 'inline.txt', 'txt')
  if ('skipped' in outcome) throw new Error(`skipped: ${outcome.skipped}`)
  return outcome.article
}

/** The format of a path, by extension. */
function formatOf(path: string): SourceFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'md'
  if (/\.html?$/i.test(path)) return 'html'
  return 'txt'
}

/** Every piece of text an article holds, for checking that nothing was lost. */
export function allText(article: ParsedArticle): string {
  return [
    article.title, article.standfirst, article.outlet, article.byline, article.dateline, article.publishedText,
    ...article.captions.flatMap((c) => [c.text, c.credit]), ...article.paragraphs, ...article.boilerplate,
  ].filter(Boolean).join('\n')
}
