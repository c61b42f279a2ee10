/**
 * Reads one saved article file: decodes its bytes, then hands the text to the parser of its
 * format (.txt, .md, .html). Files that are not text come back as `{ skipped: reason }`.
 */

import type { ParsedArticle, SourceFormat } from '../model.ts'
import { decodeText } from './decode-text.ts'
import { parseHtml } from './parse-html.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { parseText } from './parse-text.ts'

/** Changes whenever the parsers read the same bytes differently: a cache of parsed articles keyed on it stays right. */
export const PARSER_VERSION = '6'

/** The outcome of reading one file: an article, or the reason it was skipped. */
export type ParseOutcome = { article: ParsedArticle } | { skipped: string }

/** Options for reading one file. */
export interface ParseArticleOptions {
  /** Title used when the file gives none and has no text to derive one from (default: the file name). */
  fallbackTitle?: string;
}

/** A format's parser: decoded text in, article fields out. */
type FormatParser = (text: string, options: { fallbackTitle: string; warnings: readonly string[] }) => ParsedArticle

/** The parser of each format. */
const PARSERS: Record<SourceFormat, FormatParser> = {
  txt: parseText,
  md: parseMarkdown,
  html: parseHtml,
}

/** Reads one saved article from its bytes; `file` is its path relative to the seeds folder. */
export function parseArticleFile(bytes: Uint8Array, file: string, format: SourceFormat, options: ParseArticleOptions = {}): ParseOutcome {
  const decoded = decodeText(bytes, { declaredEncoding: format === 'html' ? declaredCharset(bytes) : null })
  if ('skipped' in decoded) return decoded
  const fallbackTitle = options.fallbackTitle ?? fileTitle(file)
  const article = PARSERS[format](decoded.text, { fallbackTitle, warnings: decoded.warnings })
  if (article.paragraphs.length === 0 && article.captions.length === 0 && !article.standfirst) {
    article.warnings.push('no body text found')
  }
  return { article }
}

/** The charset a web page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null
}

/** The file's name without folders and extension, as a last-resort title. */
function fileTitle(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')
}
