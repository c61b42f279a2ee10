/**
 * Which words are ordinary English, so that a capital at the start of a sentence proves nothing:
 * the corpus itself tells (a word written in lower case somewhere), backed by the stop list and
 * compromise's lexicon.
 */
import type { Sentence } from '../model.ts'
import { lexiconKind } from './lexicon.ts'
import { storeTokens } from './token-store.ts'
import type { TokenStore } from './token-store.ts'
import { BOILERPLATE, STOPWORDS } from './word-lists.ts'

/** Builds the common-word test for a corpus. */
export function commonWordTest(sentences: readonly Sentence[]): (key: string) => boolean {
  return commonWordTestOf(storeTokens(sentences.map((sentence) => sentence.text)))
}

/** The common-word test from a corpus's scanned tokens (each key's answer computed once). */
export function commonWordTestOf(store: TokenStore): (key: string) => boolean {
  return commonWordTestFrom((key) => store.seenLower(key))
}

/** The common-word test given which words a text was seen to write in lower case (each key's answer computed once). */
export function commonWordTestFrom(seenLower: (key: string) => boolean): (key: string) => boolean {
  const answers = new Map<string, boolean>()
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = seenLower(key) || isCommonAnywhere(key)
      answers.set(key, answer)
    }
    return answer
  }
}

const anywhere = new Map<string, boolean>()
const MAX_CACHED = 200_000

/** Whether a word is common whatever the corpus: stop word, page furniture, or common in the lexicon (cached: the answer never changes). */
export function isCommonAnywhere(key: string): boolean {
  let answer = anywhere.get(key)
  if (answer === undefined) {
    answer = STOPWORDS.has(key) || BOILERPLATE.has(key) || lexiconKind(key) === 'common'
    if (anywhere.size < MAX_CACHED) anywhere.set(key, answer)
  }
  return answer
}
