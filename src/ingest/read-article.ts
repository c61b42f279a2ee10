/**
 * Reading one saved article given its format's parser: decodes the bytes, hands the text to the
 * parser, notes when no body text was found. Shared by `parse-article.ts` (every parser loaded up
 * front, for tests and tools) and the content loader (each parser loaded only when a file of its
 * format has to be parsed: the HTML one pulls in a DOM, the Markdown one micromark).
 */

import type { ParsedArticle, SourceFormat } from '../model.ts'
import { decodeText } from './decode-text.ts'

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
export type FormatParser = (text: string, options: { fallbackTitle: string; warnings: readonly string[] }) => ParsedArticle

/** Reads one saved article from its bytes with the parser of its format; `file` is its path relative to the seeds folder. */
export function readArticle(bytes: Uint8Array, file: string, format: SourceFormat, parser: FormatParser, options: ParseArticleOptions = {}): ParseOutcome {
  const decoded = decodeText(bytes, { declaredEncoding: format === 'html' ? declaredCharset(bytes) : null })
  if ('skipped' in decoded) return decoded
  const fallbackTitle = options.fallbackTitle ?? fileTitle(file)
  const article = parser(decoded.text, { fallbackTitle, warnings: decoded.warnings })
  if (article.paragraphs.length === 0 && article.captions.length === 0 && !article.standfirst) {
    article.warnings.push('no body text found')
  }
  return { article }
}

/** The parser of a format, its module loaded on first use. */
export function loadParser(format: SourceFormat): Promise<FormatParser> {
  let loading = LOADED.get(format)
  if (!loading) LOADED.set(format, (loading = LOADERS[format]()))
  return loading
}

/** How each format's parser module is loaded. */
const LOADERS: Record<SourceFormat, () => Promise<FormatParser>> = {
  txt: async () => (await import('./parse-text.ts')).parseText,
  md: async () => (await import('./parse-markdown.ts')).parseMarkdown,
  html: async () => (await import('./parse-html.ts')).parseHtml,
}

/** The parsers loaded so far (or loading), by format. */
const LOADED = new Map<SourceFormat, Promise<FormatParser>>()

/** The charset a web page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null
}

/** The file's name without folders and extension, as a last-resort title. */
function fileTitle(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')
}
