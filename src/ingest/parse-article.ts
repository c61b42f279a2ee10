/**
 * Reads one saved article file: decodes its bytes, then hands the text to the parser of its
 * format (.txt, .md, .html). Files that are not text come back as `{ skipped: reason }`.
 * Every parser is loaded with this module; the content loader loads each only when needed
 * (read-article.ts).
 */

import type { SourceFormat } from '../model.ts'
import { parseHtml } from './parse-html.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parseText } from './parse-text.ts'
import { readArticle, type FormatParser, type ParseArticleOptions, type ParseOutcome } from './read-article.ts'

export { PARSER_VERSION } from './read-article.ts'
export type { ParseArticleOptions, ParseOutcome } from './read-article.ts'

/** The parser of each format. */
const PARSERS: Record<SourceFormat, FormatParser> = {
  txt: parseText,
  md: parseMarkdown,
  html: parseHtml,
}

/** Reads one saved article from its bytes; `file` is its path relative to the seeds folder. */
export function parseArticleFile(bytes: Uint8Array, file: string, format: SourceFormat, options: ParseArticleOptions = {}): ParseOutcome {
  return readArticle(bytes, file, format, PARSERS[format], options)
}
