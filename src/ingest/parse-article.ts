import type { ParsedArticle, SourceFormat } from '../model.ts'

/** The outcome of reading one file: an article, or the reason it was skipped. */
export type ParseOutcome = { article: ParsedArticle } | { skipped: string }

/** Reads one saved article from its bytes; `file` is its path relative to the seeds folder. (Minimal version: first line = title.) */
export function parseArticleFile(bytes: Uint8Array, file: string, format: SourceFormat): ParseOutcome {
  void format
  const text = new TextDecoder().decode(bytes)
  if (!text.trim()) return { skipped: 'empty file' }
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
  const [title = file, ...rest] = paragraphs
  return {
    article: {
      title, titleDerived: false, standfirst: null, outlet: null, byline: null, dateline: null,
      published: null, publishedText: null, url: null, captions: [], paragraphs: rest, boilerplate: [], warnings: [],
    },
  }
}
