/**
 * The content of a sentence as comparable terms: content words lightly stemmed, names replaced
 * by their topic (so "Deir Ezzor" and "Deir al-Zor" agree), numbers by their value.
 */
import type { Figure, Sentence } from '../model.ts'
import type { Mention } from './match-mentions.ts'
import { canonicalWord } from './term-synonyms.ts'
import { tokenize } from './tokenize.ts'
import type { Token } from './tokenize.ts'
import { STOPWORDS } from './word-lists.ts'

/** Content terms of a sentence, in order (repeats kept for n-grams). */
export function sentenceTerms(sentence: Sentence, mentions: readonly Mention[], figures: readonly Figure[] = [], tokens: readonly Token[] = tokenize(sentence.text)): string[] {
  const terms: string[] = []
  const figureAt = (token: { start: number; end: number }) => figures.find((figure) => token.start >= figure.start && token.end <= figure.end)
  let lastFigure: Figure | undefined
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
    const figure = /^\d/.test(token.key) || /^\p{L}+$/u.test(token.key) ? figureAt(token) : undefined
    if (figure && (/^\d/.test(token.key) || !/^[a-z]+$/.test(figure.text.slice(token.start - figure.start).split(/\s/)[0] ?? '') || isNumberWord(token.key))) {
      if (figure !== lastFigure) terms.push(figureTerm(figure))
      lastFigure = figure
      continue
    }
    if (/^\d[\d,.]*$/.test(token.key)) { terms.push(`#${token.key.replace(/,/g, '')}`); continue }
    if (STOPWORDS.has(token.key) || token.key.length < 2) continue
    const canonical = canonicalWord(token.key)
    if (canonical === 'say') continue
    terms.push(canonical === token.key ? stem(token.key) : canonical)
  }
  return terms
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen'.split(' '))

/** Whether a folded word is part of a number written in words. */
function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word)
}

const TO_BASE: Record<string, number> = { mi: 1.609344, km: 1, m: 0.001, ft: 0.0003048, kg: 1, t: 1000 }

/** A figure as a term: its value in base units to two significant digits ("620 miles" and "1,000 km" meet). */
function figureTerm(figure: Figure): string {
  const value = figure.value * (TO_BASE[figure.unit ?? ''] ?? 1)
  return `#${Number(value.toPrecision(2))}`
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
