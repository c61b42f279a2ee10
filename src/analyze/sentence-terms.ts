/**
 * The content of a sentence as comparable terms: content words lightly stemmed, names replaced
 * by their topic (so "Deir Ezzor" and "Deir al-Zor" agree), numbers by their value.
 */
import type { Sentence } from '../model.ts'
import type { Mention } from './match-mentions.ts'
import { tokenize } from './tokenize.ts'
import { STOPWORDS } from './word-lists.ts'

/** Content terms of a sentence, in order (repeats kept for n-grams). */
export function sentenceTerms(sentence: Sentence, mentions: readonly Mention[]): string[] {
  const terms: string[] = []
  const tokens = tokenize(sentence.text)
  let m = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (m < mentions.length && mentions[m]!.end <= token.start) m++
    const mention = mentions[m]
    if (mention && token.start >= mention.start && token.end <= mention.end) {
      if (token.start === mention.start) terms.push(`@${mention.slug}`)
      continue
    }
    const next = tokens[i + 1]
    if (next && next.hyphenated && /^\p{Ll}/u.test(next.text) && token.key.length <= 3) {
      terms.push(stem(token.key + next.key)) // "co-ordinates" → "coordinates"
      i++
      continue
    }
    if (/^\d[\d,.]*$/.test(token.key)) { terms.push(`#${token.key.replace(/,/g, '')}`); continue }
    if (STOPWORDS.has(token.key) || token.key.length < 2) continue
    terms.push(stem(token.key))
  }
  return terms
}

/** A light stemmer: plural and verb endings, enough to meet "bombing" / "bombed" / "bombs". */
export function stem(word: string): string {
  if (word.length <= 4) return word
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3))
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2))
  if (word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** Undoes a doubled final consonant: "bombarded" keeps, "targetted" → "target". */
function undouble(word: string): string {
  return /([bdgmnprt])\1$/.test(word) ? word.slice(0, -1) : word.replace(/e$/, '')
}
