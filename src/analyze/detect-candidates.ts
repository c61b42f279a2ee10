/**
 * Finds the names a sentence mentions, by rule: runs of capitalised words, cut at titles,
 * calendar words and page furniture, with the cues around them that tell a person from a place
 * or an organisation. Fast enough to run on every sentence of a large corpus.
 */
import type { Sentence } from '../model.ts'
import { knownKind } from './known-names.ts'
import { lexiconKind } from './lexicon.ts'
import { tokenize } from './tokenize.ts'
import type { Token } from './tokenize.ts'
import {
  BOILERPLATE, MONTHS, NAME_CONNECTORS, NAME_PARTICLES, NEVER_NAMES, ORG_WORDS, PLACE_PREPOSITIONS,
  PLACE_WORDS, SPEECH_VERBS, STOPWORDS, TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS,
} from './word-lists.ts'

export type KindCue = 'person' | 'place' | 'organization'

/** A name found in one sentence. */
export interface Candidate {
  sentence: Sentence
  /** Character offsets in the sentence text. */
  start: number
  end: number
  text: string
  /** Folded words of the name, e.g. ["bashar", "al", "assad"]. */
  keys: string[]
  /** Evidence of its kind from the words around it. */
  cues: KindCue[]
  /** A single word opening a clause: its capital may only be grammar. */
  weak: boolean
  /** All-capitals single word ("UN", "SOHR"). */
  acronym: boolean
  /** For "Syrian Observatory for Human Rights (SOHR)": the acronym defined right after it. */
  defines: string | null
}

/** Tells whether a folded word is an ordinary English word (so a capital may just open the sentence). */
export type CommonWordTest = (key: string) => boolean

/** Finds name candidates in one sentence. */
export function detectCandidates(sentence: Sentence, isCommon: CommonWordTest, tokens: readonly Token[] = tokenize(sentence.text)): Candidate[] {
  const weakLead = (token: Token) => token.initial && !token.allCaps && isCommon(token.key)
  if (sentence.role === 'title' && isTitleCase(tokens)) return []
  const candidates: Candidate[] = []
  const ranges = work.ranges
  for (let i = 0; i < tokens.length;) {
    if (!isNameWord(tokens[i]!)) { i++; continue }
    const end = runEnd(tokens, i)
    ranges.length = 0
    splitRun(tokens, i, end, isCommon, ranges)
    for (let r = 0; r < ranges.length; r += 2) {
      const range: [number, number] = [ranges[r]!, ranges[r + 1]!]
      const candidate = toCandidate(sentence, tokens, range)
      if (candidate && weakLead(tokens[range[0]]!)) candidate.weak = true
      if (candidate) candidates.push(candidate)
    }
    i = end + 1
  }
  shareListCues(sentence.text, candidates)
  return candidates
}

/** Scratch lists reused from run to run (flat pairs of token indices). */
const work = { ranges: [] as number[], leads: [] as number[] }

/** In a list of names ("close to Palmyra, Deir Ezzor, Ithriya and eastern Aleppo"), a place cue holds for every item. */
function shareListCues(text: string, candidates: readonly Candidate[]): void {
  let list: Candidate[] = []
  const flush = () => {
    if (list.length > 1 && list.some((item) => item.cues.includes('place'))) {
      for (const item of list) if (!item.cues.includes('place')) item.cues.push('place')
    }
    list = []
  }
  candidates.forEach((candidate, k) => {
    const previous = candidates[k - 1]
    const between = previous ? text.slice(previous.end, candidate.start) : ''
    if (!previous || !/^(?:,\s*|,?\s+and\s+(?:eastern |western |northern |southern |central )?|,?\s+or\s+)$/.test(between)) flush()
    list.push(candidate)
  })
  flush()
}

/** A headline in Title Case, where capitals say nothing about names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.text.length > 3 && !/^\p{N}/u.test(token.text))
  if (words.length < 3) return false
  return words.filter((token) => token.capitalised).length / words.length >= 0.7
}

/** Whether a token can start or continue a name. */
function isNameWord(token: Token): boolean {
  return token.capitalised && !/^\p{N}/u.test(token.text)
}

/** Whether only a space (or a hyphen) separates two tokens of one name. */
function tightGap(token: Token): boolean {
  return token.gap === ' ' || token.hyphenated
}

/** The last index of the maximal run of capitalised words (with particles and connectors inside) that starts at name word `i`. */
function runEnd(tokens: readonly Token[], i: number): number {
  let end = i
  while (end + 1 < tokens.length && !tokens[end]!.possessive) {
    const step = continuation(tokens, end)
    if (step === 0) break
    end += step
  }
  return end
}

/** How many tokens after `end` extend the name (0 when it stops). */
function continuation(tokens: readonly Token[], end: number): number {
  const next = tokens[end + 1]!
  if (!tightGap(next)) return 0
  if (isNameWord(next)) return 1
  if (next.hyphenated && isNameTail(next)) return 1
  const after = tokens[end + 2]
  const joins = after !== undefined && tightGap(after) && isNameWord(after) && !tokens[end + 1]!.possessive
  if (joins && NAME_PARTICLES.has(next.text)) return 2
  if (joins && NAME_CONNECTORS.has(next.text)) {
    if (next.text === 'the') return 2
    const third = tokens[end + 3]
    return third && third.text === 'the' ? 0 : 2
  }
  if (next.text === 'of' && after?.text === 'the') {
    const third = tokens[end + 3]
    return third && tightGap(third) && isNameWord(third) ? 3 : 0
  }
  return 0
}

const NOT_NAME_TAILS = new Set(['led', 'run', 'old', 'born', 'held', 'made', 'era', 'age', 'wide', 'like', 'type', 'free', 'only', 'long', 'year', 'day', 'week', 'back', 'hit', 'up', 'in', 'out', 'on', 'off', 'wing', 'side', 'area', 'owned', 'based', 'made'])

/** A short lower-case piece after a hyphen that belongs to a name: "Jong-un", "Il-sung". */
function isNameTail(token: Token): boolean {
  const word = token.key
  return word.length <= 4 && /^\p{Ll}+$/u.test(token.text) && !NOT_NAME_TAILS.has(word) && !/(ed|ing)$/.test(word)
}

/** Whether a token can never be (part of) a name: calendar words, furniture, pronouns. */
function isNeverName(token: Token): boolean {
  const key = token.key
  if (token.allCaps) return WEEKDAYS.has(key) || MONTHS.has(key)
  return WEEKDAYS.has(key) || MONTHS.has(key) || BOILERPLATE.has(key) || NEVER_NAMES.has(key)
}

/** Splits a run [from, to] into the names it holds, as flat pairs appended to `out`: drops titles, calendar words and a grammatical opening capital. */
function splitRun(tokens: readonly Token[], from: number, to: number, isCommon: CommonWordTest, out: number[]): void {
  const leads = work.leads
  leads.length = 0
  let start = from
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!
    const grammatical = i === start && token.initial && token.capitalised && !token.allCaps && isCommon(token.key)
    const breaks = (isNeverName(token) && !isFirstName(tokens, i, to)) || (TITLE_WORDS.has(token.key) && !token.allCaps && i < to) || grammatical
    if (grammatical && !STOPWORDS.has(token.key) && i < to && isNameWord(tokens[i + 1]!)) leads.push(i, to)
    if (breaks) {
      const title = TITLE_WORDS.has(token.key) && !isNeverName(token)
      if (i > start && !(title && isTitlePhrase(tokens, start, i, isCommon))) pushTrimmed(tokens, start, i - 1, out)
      start = i + 1
    }
  }
  if (start <= to) pushTrimmed(tokens, start, to, out)
  for (let k = 0; k < leads.length; k += 2) pushTrimmed(tokens, leads[k]!, firstBreak(tokens, leads[k]!, leads[k + 1]!), out)
}

/** Appends the range trimmed of loose ends, unless nothing is left. */
function pushTrimmed(tokens: readonly Token[], from: number, to: number, out: number[]): void {
  const [start, end] = trimRange(tokens, [from, to])
  if (start <= end) out.push(start, end)
}

/** A short month name opening a longer name is a first name ("Jan Marsalek"); "Jan 5" or "Jan." is a date. */
function isFirstName(tokens: readonly Token[], i: number, to: number): boolean {
  const token = tokens[i]!
  const next = tokens[i + 1]
  return i < to && MONTHS.has(token.key) && token.text.length <= 3 && next !== undefined && next.gap === ' ' && isNameWord(next)
}

/** The end of a name that opens a sentence with a common word ("North Korea"): up to the next break. */
function firstBreak(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i <= to; i++) if (isNeverName(tokens[i]!) || TITLE_WORDS.has(tokens[i]!.key)) return i - 1
  return to
}

/** Words before a title that only qualify it: "Russian Foreign" (Minister), "Deputy", a portfolio in ordinary words ("German Transport", "Health"). */
function isTitlePhrase(tokens: readonly Token[], from: number, to: number, isCommon: CommonWordTest): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!
    if (!(TITLE_MODIFIERS.has(token.key) || TITLE_WORDS.has(token.key) || isDemonym(token) || NAME_CONNECTORS.has(token.key) || (!token.allCaps && isCommon(token.key)))) return false
  }
  return true
}

/** "Russian", "Syrian", "British": a nationality adjective. */
function isDemonym(token: Token): boolean {
  if (token.allCaps || knownKind(token.key) !== null) return false // compromise tags "Philippines" a demonym
  const kind = lexiconKind(token.key)
  if (kind === 'demonym') return true
  // "Syrians" is a plural demonym, but "Philippines" is a country, not the plural of "Philippine".
  return kind !== 'place' && lexiconKind(token.key.replace(/s$/, '')) === 'demonym'
}

/** Whether an all-capitals word is shouting (a run of capitals) rather than an acronym. */
function isShouting(tokens: readonly Token[], i: number): boolean {
  return (tokens[i - 1]?.allCaps ?? false) && (tokens[i + 1]?.allCaps ?? false)
}

/** Drops particles and connectors at either end of a name. */
function trimRange(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  let start = from
  let end = to
  const loose = (token: Token) => !isNameWord(token) || NAME_CONNECTORS.has(token.key)
  while (start <= end && loose(tokens[start]!) && !tokens[start]!.allCaps) start++
  while (end >= start && (loose(tokens[end]!) && !tokens[end]!.hyphenated) && !tokens[end]!.allCaps) end--
  return [start, end]
}

/** Builds a candidate from a token range, or null when it is no name. */
function toCandidate(sentence: Sentence, tokens: readonly Token[], [from, to]: [number, number]): Candidate | null {
  const first = tokens[from]!
  const last = tokens[to]!
  const single = from === to
  if (single && first.key.length < 2) return null
  if (single && first.allCaps && isShouting(tokens, from)) return null
  if (single && !first.allCaps && (STOPWORDS.has(first.key) || isDemonym(first))) return null
  const keys: string[] = new Array(to - from + 1)
  for (let k = from; k <= to; k++) keys[k - from] = tokens[k]!.key
  if (lexiconKind(single ? first.key : keys.join(' ')) === 'calendar') return null
  const text = sentence.text.slice(first.start, last.end)
  return {
    sentence, start: first.start, end: last.end, text, keys,
    cues: kindCues(tokens, from, to),
    weak: single && first.initial && !first.allCaps,
    acronym: single && first.allCaps,
    defines: definedAcronym(tokens, from, to),
  }
}

/**
 * The acronym in brackets right after a name: when its letters fit the name's initials, or, for
 * an acronym of the name in another language ("Federal Bureau of Maritime Casualty Investigation
 * (BSU)"), when the brackets hold it alone and one of its letters starts a word of the name (a
 * credit such as "(AFP)" after a person shares none and is a known agency).
 */
function definedAcronym(tokens: readonly Token[], from: number, to: number): string | null {
  const next = tokens[to + 1]
  if (!next || !next.allCaps || !/^\s*\(\s*$/.test(next.gap) || to === from) return null
  const initials = tokens.slice(from, to + 1).filter(isNameWord).map((token) => token.key[0]).join('')
  const fits = (isSubsequence(next.key, initials) && next.key[0] === initials[0]) || sameLetters(next.key, initials)
  const after = tokens[to + 2]
  const alone = after === undefined || /^\s*\)/.test(after.gap)
  const foreign = alone && initials.length >= 3 && next.key.length >= 2 && knownKind(next.key) === null && [...next.key].some((letter) => initials.includes(letter))
  return fits || foreign ? next.text.replace(/\./g, '') : null
}

/** Whether two words have the same letters in any order (acronyms from another language: "UME"). */
function sameLetters(a: string, b: string): boolean {
  return a.length >= 2 && [...a].sort().join('') === [...b].sort().join('')
}

/** Whether the letters of `short` appear in order in `long`. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0
  for (const letter of long) if (letter === short[i]) i++
  return i === short.length
}

/** Evidence of kind from inside and around the name. */
function kindCues(tokens: readonly Token[], from: number, to: number): KindCue[] {
  const cues: KindCue[] = []
  const inside = tokens.slice(from, to + 1)
  const before = tokens[from - 1]
  const beforeThat = tokens[from - 2]
  const after = tokens[to + 1]
  const afterThat = tokens[to + 2]
  if (inside.some((token, i) => i > 0 && ORG_WORDS.has(token.key)) || (inside.length > 1 && ORG_WORDS.has(inside[0]!.key)) || isCompoundOrg(inside)) cues.push('organization')
  if (inside.length > 1 && PLACE_WORDS.has(inside[inside.length - 1]!.key)) cues.push('place')
  if (before && TITLE_WORDS.has(before.key) && tightGap(tokens[from]!)) cues.push('person')
  if (before && (tokens[from]!.gap === ' ' || tokens[from]!.gap === ', ')) {
    if (PLACE_PREPOSITIONS.has(before.key) && before.key !== 'to') cues.push('place')
    if (before.key === 'to' && beforeThat && ['close', 'next', 'near'].includes(beforeThat.key)) cues.push('place')
    if (PLACE_WORDS.has(before.key) && !before.capitalised) cues.push('place')
  }
  if (after && after.key === 'the' && after.gap === ', ' && afterThat && PLACE_WORDS.has(afterThat.key)) cues.push('place') // "Wilhelmsburg, the district …"
  if (after && !after.capitalised && after.gap === ' ' && !tokens[to]!.possessive) {
    if (ORG_WORDS.has(after.key) || (afterThat && ORG_WORDS.has(afterThat.key) && afterThat.gap === ' ' && !STOPWORDS.has(after.key))) cues.push('organization')
    if (PLACE_WORDS.has(after.key)) cues.push('place')
    if (SPEECH_VERBS.has(after.key) && inside.length > 1) cues.push('person')
  }
  return cues
}

/** Org words that end compound names written as one word ("Commerzbank", "Unibank"). */
const COMPOUND_ORG_ENDINGS = ['bank', 'group', 'corp']

/** A single capitalised word ending in an organisation word, with a stem of its own before it. */
function isCompoundOrg(inside: readonly Token[]): boolean {
  if (inside.length !== 1 || inside[0]!.allCaps) return false
  const key = inside[0]!.key
  return COMPOUND_ORG_ENDINGS.some((ending) => key.length >= ending.length + 3 && key.endsWith(ending))
}
