/**
 * Which words are ordinary English, so that a capital at the start of a sentence proves nothing:
 * the corpus itself tells (a word written in lower case somewhere), backed by the stop list and
 * compromise's lexicon.
 */
import type { Sentence } from '../model.ts'
import { lexiconKind } from './lexicon.ts'
import { BOILERPLATE, STOPWORDS } from './word-lists.ts'

const ASCII = /^[a-z]+$/
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{N}])/gu

/** Builds the common-word test for a corpus. */
export function commonWordTest(sentences: readonly Sentence[]): (key: string) => boolean {
  const lower = new Set<string>()
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(LOWER_WORD)) {
      const word = match[0]
      lower.add(ASCII.test(word) ? word : word.normalize('NFD').replace(/\p{M}+/gu, ''))
    }
  }
  return (key) => lower.has(key) || STOPWORDS.has(key) || BOILERPLATE.has(key) || lexiconKind(key) === 'common'
}
