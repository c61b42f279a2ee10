/**
 * The content of a sentence as comparable terms: content words lightly stemmed, names replaced
 * by their topic (so "Deir Ezzor" and "Deir al-Zor" agree), numbers by their value.
 */
import type { Figure, Sentence } from '../model.ts'
import type { Mention } from './match-mentions.ts'

/** What the terms read of a mention: its topic and where it stands. */
export type MentionPlace = Pick<Mention, 'slug' | 'start' | 'end'>
import { demonymTerm } from './demonyms.ts'
import { canonicalPhrase, canonicalWord, startsPhrase } from './term-synonyms.ts'
import { tokenize } from './tokenize.ts'
import { inBaseUnit } from './units.ts'
import type { Token } from './tokenize.ts'
import type { TermLists, TermTable } from './term-vectors.ts'
import { IntList } from './token-store.ts'
import { STOPWORDS } from './word-lists.ts'

/** Content terms of a sentence, in order (repeats kept for n-grams). */
export function sentenceTerms(sentence: Sentence, mentions: readonly MentionPlace[], figures: readonly Figure[] = [], tokens: readonly Token[] = tokenize(sentence.text)): string[] {
  const terms: string[] = []
  collectTerms(mentions, figures, tokens, {
    term: (name) => { terms.push(name) },
    plain: (_, key) => { const term = plainTerm(key); if (term !== null) terms.push(term) },
  })
  return terms
}

/** Where `collectTerms` puts a sentence's terms: most are ordinary words (`plain`, by token index and key), which a caller may resolve from a cache of its own. */
export interface TermSink {
  term(name: string): void
  /** The term `@slug` of a mentioned topic, from a cache of the caller's own (by slug) when it has one: no string made and hashed per mention. */
  topic?(slug: string): void
  plain(token: number, key: string): void
  /** `keyClass(key)` of token k's key, from a cache of the caller's own (by word id) when it has one. */
  classOf?(token: number, key: string): number
}

/** Bits of `keyClass`: what a folded word may start besides a plain term. */
const DIGIT_START = 1
const DEMONYM = 2
const SHORT = 4
const PHRASE_START = 8
const CLASSIFIED = 16

/** What the rules before a plain term need to know of a key (each bit exactly one rule's first test), so that most words skip them at one array read. */
function keyClass(key: string): number {
  return CLASSIFIED | (isDigit(key) ? DIGIT_START : 0) | (demonymTerm(key) !== undefined ? DEMONYM : 0) | (key.length <= 3 ? SHORT : 0) | (startsPhrase(key) ? PHRASE_START : 0)
}

const CHUNK = 1 << 16

/**
 * Term ids of sentences, interned in a TermTable in the order they are first met (as interning
 * `sentenceTerms`' strings would): an ordinary word's id is cached per word id of the caller's
 * vocabulary, so most tokens cost an array read instead of two string-keyed look-ups.
 */
export class SentenceTermIds {
  /** Per word id: -2 not asked yet, -1 no term (function word), else the term id. */
  private plainIds: Int32Array
  /** Per word id: its keyClass, 0 when not asked yet. */
  private readonly classes: Uint8Array
  private readonly buffer: number[] = []
  private wordIdOf: (token: number) => number = () => -1
  private readonly sink: TermSink
  readonly table: TermTable

  constructor(table: TermTable, vocabulary: number) {
    this.table = table
    this.plainIds = new Int32Array(vocabulary).fill(-2)
    this.classes = new Uint8Array(vocabulary)
    const buffer = this.buffer
    const topicIds = new Map<string, number>()
    this.sink = {
      term: (name) => { buffer.push(table.id(name)) },
      topic: (slug) => {
        let id = topicIds.get(slug)
        if (id === undefined) topicIds.set(slug, id = table.id(`@${slug}`))
        buffer.push(id)
      },
      plain: (token, key) => {
        const word = this.wordIdOf(token)
        let id = word >= 0 && word < this.plainIds.length ? this.plainIds[word]! : -2
        if (id === -2) {
          const term = plainTerm(key)
          id = term === null ? -1 : table.id(term)
          if (word >= 0 && word < this.plainIds.length) this.plainIds[word] = id
        }
        if (id >= 0) buffer.push(id)
      },
      classOf: (token, key) => {
        const word = this.wordIdOf(token)
        if (word < 0 || word >= this.classes.length) return keyClass(key)
        return this.classes[word] || (this.classes[word] = keyClass(key))
      },
    }
  }

  /** The term ids of one sentence; `wordIdOf(k)` gives the vocabulary id of token k's key (-1 when unknown). */
  ids(mentions: readonly MentionPlace[], figures: readonly Figure[], tokens: readonly Token[], wordIdOf: (token: number) => number): Int32Array {
    this.collect(mentions, figures, tokens, wordIdOf)
    const buffer = this.buffer
    if (this.used + buffer.length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(CHUNK, buffer.length))
      this.used = 0
    }
    const ids = this.chunk.subarray(this.used, this.used + buffer.length)
    for (let k = 0; k < buffer.length; k++) ids[k] = buffer[k]!
    this.used += buffer.length
    return ids
  }

  /** Appends the term ids of the next sentence (as `ids` gives them) to the packed lists `packed()` returns. */
  append(mentions: readonly MentionPlace[], figures: readonly Figure[], tokens: readonly Token[], wordIdOf: (token: number) => number): void {
    this.collect(mentions, figures, tokens, wordIdOf)
    for (let k = 0; k < this.buffer.length; k++) this.all.push(this.buffer[k]!)
    this.offsets.push(this.all.length)
  }

  /** The term ids of every sentence appended, packed end to end (no array per sentence). */
  packed(): TermLists {
    return { offsets: this.offsets.toArray(), ids: this.all.toArray() }
  }

  /** Collects one sentence's term ids in the buffer. */
  private collect(mentions: readonly MentionPlace[], figures: readonly Figure[], tokens: readonly Token[], wordIdOf: (token: number) => number): void {
    this.buffer.length = 0
    this.wordIdOf = wordIdOf
    collectTerms(mentions, figures, tokens, this.sink)
  }

  private readonly all = new IntList()
  private readonly offsets = SentenceTermIds.startAtZero()

  /** Offsets of packed lists: the first sentence starts at 0. */
  private static startAtZero(): IntList {
    const list = new IntList()
    list.push(0)
    return list
  }

  /** Sentences' ids are views into shared chunks: one array buffer per CHUNK ids instead of one per sentence (far fewer objects for the GC). */
  private chunk = new Int32Array(0)
  private used = 0
}

/** Puts a sentence's terms in a sink, in order. */
function collectTerms(mentions: readonly MentionPlace[], figures: readonly Figure[], tokens: readonly Token[], terms: TermSink): void {
  let lastFigure: Figure | undefined
  let m = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (m < mentions.length && mentions[m]!.end <= token.start) m++
    const mention = mentions[m]
    if (mention && token.start >= mention.start && token.end <= mention.end) {
      if (token.start === mention.start) {
        if (terms.topic) terms.topic(mention.slug)
        else terms.term(`@${mention.slug}`)
      }
      continue
    }
    const kind = terms.classOf ? terms.classOf(i, token.key) : keyClass(token.key)
    const time = kind & DIGIT_START ? clockTime(tokens, i) : undefined
    if (time) {
      terms.term(time.term) // "7:40 p.m." and "7.40pm" meet
      i = time.last
      continue
    }
    if (token.capitalised && kind & DEMONYM) {
      const country = demonymTerm(token.key)
      if (country !== undefined) {
        terms.term(country) // "Polish" names Poland
        continue
      }
    }
    const next = tokens[i + 1]
    if (next && next.hyphenated && (kind & (SHORT | DIGIT_START)) === SHORT && isLowerStart(next.text)) {
      terms.term(stem(token.key + next.key)) // "co-ordinates" → "coordinates"
      i++
      continue
    }
    if (figures.length > 0) {
      const figure = figureTerm(token, figures)
      if (figure) {
        if (figure !== lastFigure) terms.term(termOfFigure(figure))
        lastFigure = figure
        continue
      }
    }
    const phrase = next && kind & PHRASE_START ? canonicalPhrase(token.key, next.key) : undefined
    if (phrase !== undefined) {
      terms.term(stem(phrase)) // "stepped down" → "resign", stemmed as the word's own forms are
      i++
      continue
    }
    terms.plain(i, token.key)
  }
}

/** A clock time starting at token `i` ("2:15", "7:40 p.m.", "7.40pm") as one term, with the index of its last token. */
function clockTime(tokens: readonly Token[], i: number): { term: string; last: number } | undefined {
  const hour = tokens[i]!
  const minutes = tokens[i + 1]
  if (!minutes || !isDigit(hour.key) || hour.key.length > 2 || !/^\d{1,2}$/.test(hour.key) || Number(hour.key) > 24) return undefined
  const match = /^(\d\d)(am|pm)?$/.exec(minutes.key)
  const gap = minutes.gap
  if (!match || Number(match[1]) > 59 || (gap !== ':' && !(gap === '.' && isMeridiem(tokens, i + 1, match[2])))) return undefined
  let last = i + 1
  if (match[2] === undefined) {
    const a = tokens[last + 1]
    const b = tokens[last + 2]
    if (a && (a.key === 'am' || a.key === 'pm')) last += 1
    else if (a && b && (a.key === 'a' || a.key === 'p') && b.key === 'm' && b.gap === '.') last += 2
  }
  return { term: `#t${Number(hour.key) % 12}:${match[1]}`, last }
}

/** Whether "7.40" reads as a time: "pm"/"am" glued to the minutes or right after them. */
function isMeridiem(tokens: readonly Token[], minutes: number, glued: string | undefined): boolean {
  if (glued !== undefined) return true
  const next = tokens[minutes + 1]
  return next !== undefined && (next.key === 'am' || next.key === 'pm' || ((next.key === 'a' || next.key === 'p') && tokens[minutes + 2]?.key === 'm'))
}

/** Whether a folded word starts with a digit ("290-metre" is a figure, not a prefix). */
function isDigit(word: string): boolean {
  const code = word.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** Whether a word starts with a lower-case letter. */
function isLowerStart(word: string): boolean {
  const code = word.charCodeAt(0)
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word)
}

/** The figure a token stands for, when it is part of one (a digit, or a number word not merely inside a counted noun). */
function figureTerm(token: Token, figures: readonly Figure[]): Figure | undefined {
  // Inside a figure first: most tokens of a sentence with figures are not, and need no pattern test.
  const figure = figures.find((candidate) => token.start >= candidate.start && token.end <= candidate.end)
  if (!figure) return undefined
  const digit = /^\d/.test(token.key)
  if (!digit && !/^\p{L}+$/u.test(token.key)) return undefined
  if (digit || !/^[a-z]+$/.test(figure.text.slice(token.start - figure.start).split(/\s/)[0] ?? '') || isNumberWord(token.key)) return figure
  return undefined
}

const plainTerms = new Map<string, string | null>()
const MAX_CACHED = 200_000

/** The term of an ordinary word (number, stemmed canonical word), or null for function words (cached per key). */
function plainTerm(key: string): string | null {
  let term = plainTerms.get(key)
  if (term !== undefined) return term
  if (/^\d[\d,.]*$/.test(key)) term = `#${key.replace(/,/g, '')}`
  else if (STOPWORDS.has(key) || key.length < 2) term = null
  else {
    const canonical = canonicalWord(key)
    term = canonical === 'say' ? null : stem(canonical) // the group's head stemmed as its own forms are ("missing" meets "unaccounted")
  }
  if (plainTerms.size < MAX_CACHED) plainTerms.set(key, term)
  return term
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen'.split(' '))

/** Whether a folded word is part of a number written in words. */
function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word)
}

/** A figure as a term: its value in base units to two significant digits ("620 miles" and "1,000 km", "two weeks" and "14 days" meet). */
function termOfFigure(figure: Figure): string {
  return `#${Number(inBaseUnit(figure.value, figure.unit).toPrecision(2))}`
}

/** A light stemmer: plural and verb endings, enough to meet "bombing" / "bombed" / "bombs", and a final silent "e" so "rescue" meets "rescued". */
export function stem(word: string): string {
  if (word.length <= 4) return word
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3))
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2))
  if (word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return dropE(word.slice(0, -1))
  return dropE(word)
}

/** Drops a final "e" after a consonant ("collapse" → "collaps", as "collapsed" stems), not from short words or "-ee". */
function dropE(word: string): string {
  return word.length > 4 && /(?:[^aeiou]|u)e$/.test(word) ? word.slice(0, -1) : word
}

/** Undoes a doubled final consonant: "bombarded" keeps, "targetted" → "target". */
function undouble(word: string): string {
  return /([bdgmnprt])\1$/.test(word) ? word.slice(0, -1) : word.replace(/e$/, '')
}
