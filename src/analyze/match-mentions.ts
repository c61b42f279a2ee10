/**
 * Finds every mention of every topic in every sentence, by matching the topics' word sequences
 * against each sentence's tokens: one hash look-up per token, so it scales to large corpora.
 */
import type { Sentence, Span } from '../model.ts'
import type { MatchForm, TopicDraft } from './build-topics.ts'
import { tokenize } from './tokenize.ts'
import type { Token } from './tokenize.ts'

/** A form to look for, with the topic it names. */
interface Entry {
  keys: string[]
  rule: MatchForm['rule']
  slug: string
  derived: boolean
  /** A theme keyword: any case, plural allowed. */
  keyword: boolean
  /** Position in its first word's list (longest first), the order in which forms are tried. */
  rank?: number
}

/** The forms starting with one word, split by their second word, so a common first name does not try every "Anna …" of the corpus. */
interface Bucket {
  /** Forms of two or more words, by their second word. */
  bySecond: Map<string, Entry[]>
  /** Forms of one word. */
  singles: Entry[]
}

/** A mention found: which topic, where. */
export interface Mention extends Span {
  slug: string
}

/** Looks up topic forms by their first word. */
export type MentionIndex = Map<string, Bucket>

/** Indexes the forms of all topics; a form claimed by several topics goes to the one that saw it written, or to none. */
export function indexForms(drafts: readonly TopicDraft[]): MentionIndex {
  const byForm = new Map<string, Entry[]>()
  for (const draft of drafts) {
    const entries: Entry[] = [
      ...draft.forms.map((form) => ({ keys: form.keys, rule: form.rule, slug: draft.slug, derived: form.derived === true, keyword: false })),
      ...draft.keywords.map((keyword) => ({ keys: tokenize(keyword).map((token) => token.key), rule: 'any' as const, slug: draft.slug, derived: false, keyword: true })),
    ]
    for (const entry of entries) {
      if (entry.keys.length === 0) continue
      const id = `${entry.keys.join(' ')}|${entry.rule}|${entry.keyword}`
      const list = byForm.get(id) ?? []
      if (!list.some((other) => other.slug === entry.slug)) list.push(entry)
      byForm.set(id, list)
    }
  }
  const byFirst = new Map<string, Entry[]>()
  for (const id of [...byForm.keys()].sort()) {
    const owner = ownerOf(byForm.get(id)!)
    if (!owner) continue
    const list = byFirst.get(owner.keys[0]!) ?? []
    list.push(owner)
    byFirst.set(owner.keys[0]!, list)
  }
  const index: MentionIndex = new Map()
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.keys.length - a.keys.length)
    const bucket: Bucket = { bySecond: new Map(), singles: [] }
    list.forEach((entry, rank) => {
      entry.rank = rank
      if (entry.keys.length === 1) bucket.singles.push(entry)
      else {
        const same = bucket.bySecond.get(entry.keys[1]!)
        if (same) same.push(entry)
        else bucket.bySecond.set(entry.keys[1]!, [entry])
      }
    })
    index.set(first, bucket)
  }
  return index
}

/** The one topic a form belongs to, or null when it is ambiguous. */
function ownerOf(entries: readonly Entry[]): Entry | null {
  if (entries.length === 1) return entries[0]!
  const seen = entries.filter((entry) => !entry.derived)
  return seen.length === 1 ? seen[0]! : null
}

/** Finds the topic mentions in one sentence: longest match first, left to right, no overlaps. */
export function matchMentions(sentence: Sentence, index: MentionIndex, isCommon: (key: string) => boolean, tokens: readonly Token[] = tokenize(sentence.text), mayStart?: (token: number) => boolean): Mention[] {
  const mentions: Mention[] = []
  forEachMention(tokens, index, isCommon, mayStart, (slug, start, end) => {
    mentions.push({ slug, source: sentence.source, sentence: sentence.id, text: sentence.text.slice(start, end), start, end })
  })
  return mentions
}

/** `matchMentions` without objects: calls `found` with each mention's topic slug and character range, in order. */
export function forEachMention(tokens: readonly Token[], index: MentionIndex, isCommon: (key: string) => boolean, mayStart: ((token: number) => boolean) | undefined, found: (slug: string, start: number, end: number) => void): void {
  for (let i = 0; i < tokens.length;) {
    const entry = mayStart && !mayStart(i) ? null : bestEntry(tokens, i, index, isCommon)
    if (!entry) { i++; continue }
    found(entry.slug, tokens[i]!.start, tokens[i + entry.keys.length - 1]!.end)
    i += entry.keys.length
  }
}

/** Whether some form may start with a folded word (as written or singular): a cheap test to ask once per distinct word. */
export function startsSomeForm(index: MentionIndex, key: string): boolean {
  return index.has(key) || index.has(singular(key))
}

/** The longest form that matches at token `i`: forms are tried longest first, as ranked, but only those whose second word can fit. */
function bestEntry(tokens: readonly Token[], i: number, index: MentionIndex, isCommon: (key: string) => boolean): Entry | null {
  const first = tokens[i]!
  const bucket = index.get(first.key) ?? index.get(singular(first.key))
  if (!bucket) return null
  const next = tokens[i + 1]
  if (next && bucket.bySecond.size > 0) {
    const exact = bucket.bySecond.get(next.key) ?? NONE
    const plural = singular(next.key)
    // A two-word keyword may end in a plural ("peace talks" for the keyword "peace talk").
    const loose = plural === next.key ? NONE : bucket.bySecond.get(plural) ?? NONE
    for (let x = 0, y = 0; x < exact.length || y < loose.length;) {
      let entry: Entry
      if (y >= loose.length || (x < exact.length && exact[x]!.rank! < loose[y]!.rank!)) entry = exact[x++]!
      else {
        entry = loose[y++]!
        if (!entry.keyword || entry.keys.length !== 2) continue
      }
      if (matchesAt(tokens, i, entry) && !isGrammaticalCapital(tokens, i, entry, isCommon)) return entry
    }
  }
  for (const entry of bucket.singles) {
    if (matchesAt(tokens, i, entry) && !isGrammaticalCapital(tokens, i, entry, isCommon)) return entry
  }
  return null
}

const NONE: readonly Entry[] = []

/** Whether the entry's words and case rule fit the tokens at `i`. */
function matchesAt(tokens: readonly Token[], i: number, entry: Entry): boolean {
  const first = tokens[i]!
  if (entry.rule === 'capitalised' && !first.capitalised) return false
  if (entry.rule === 'all-caps' && !first.allCaps) return false
  for (let k = 0; k < entry.keys.length; k++) {
    const token = tokens[i + k]
    if (!token) return false
    if (k > 0 && token.gap !== ' ' && !token.hyphenated) return false
    const last = k === entry.keys.length - 1
    const fits = token.key === entry.keys[k] || (entry.keyword && last && singular(token.key) === entry.keys[k])
    if (!fits) return false
    if (!last && token.possessive) return false
  }
  return true
}

/** A lone capitalised common word opening a sentence is grammar, not a name. */
function isGrammaticalCapital(tokens: readonly Token[], i: number, entry: Entry, isCommon: (key: string) => boolean): boolean {
  const first = tokens[i]!
  return entry.keys.length === 1 && !entry.keyword && first.initial && !first.allCaps && isCommon(first.key)
}

const singulars = new Map<string, string>()
const MAX_CACHED = 200_000

/** Strips a plural ending: "refugees" → "refugee" (cached per key). */
function singular(key: string): string {
  let result = singulars.get(key)
  if (result === undefined) {
    result = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('es') && /(ss|sh|ch|x)es$/.test(key) ? key.slice(0, -2) : key.replace(/s$/, '')
    if (singulars.size < MAX_CACHED) singulars.set(key, result)
  }
  return result
}
