/** Small builders for analysis tests: a Sentence or a Source from plain text. */
import type { Sentence, Source } from '../../src/model.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { articleFromText } from '../eval/load-cluster.ts'

/** A body sentence of source `s`. */
export function sentence(text: string, role: Sentence['role'] = 'body', source = 's'): Sentence {
  return { id: 'x', source, role, text, gap: '', block: 1, index: 1 }
}

/** A source from a title and paragraphs, with an optional outlet. */
export function source(id: string, title: string, paragraphs: string[], outlet: string | null = null): Source {
  const article = articleFromText(`${id}.txt`, [title, ...paragraphs].join('\n\n'))
  return splitSource({ ...article, outlet })
}
