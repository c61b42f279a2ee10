/**
 * One source's name candidates, found without the rest of the corpus and merged in later.
 * Whether a capitalised word opening a sentence is only grammar depends on the corpus (a word
 * written in lower case in any source is common), so each sentence is run with what the source
 * alone knows; a sentence whose answer could change (it asked about a word this source never
 * writes in lower case) keeps its candidates apart with the words it asked about, and is run
 * again at merge time only when another source makes one of them common. Everything else is
 * summed into groups at once. The result equals running every sentence against the corpus.
 */
import type { Sentence } from '../model.ts'
import { CandidateGroups } from './build-topics.ts'
import type { Group } from './build-topics.ts'
import { isCommonAnywhere } from './common-words.ts'
import { detectCandidates } from './detect-candidates.ts'
import type { Candidate } from './detect-candidates.ts'
import { TokenPool, sourceTokenObjects } from './token-store.ts'
import type { ScannedTokens } from './token-store.ts'
import { LOWER_WORD } from './tokenize.ts'

/** A candidate as stored: its sentence by index in the source. */
export type StoredCandidate = Omit<Candidate, 'sentence'> & { sentence: number }

/** A group of candidates with one folded form, in plain data; `first` is the sentence of its first candidate. */
export interface NameGroup extends Omit<Group, 'forms' | 'defines'> {
  first: number
  forms: [string, number][]
  defines: string[]
}

/** A sentence whose candidates hold only while none of `keys` is a common word of the corpus. */
export interface UncertainSentence {
  sentence: number
  keys: string[]
  candidates: StoredCandidate[]
}

/** One source's name candidates. */
export interface SourceNames {
  groups: NameGroup[]
  uncertain: UncertainSentence[]
}

/** Finds one source's name candidates from its scanned tokens. */
export function extractNames(sentences: readonly Sentence[], tokens: ScannedTokens): SourceNames {
  const lowerSpelling = new Uint8Array(tokens.spellings.length)
  for (let t = 0; t < tokens.spelling.length; t++) if (tokens.flags[t]! & LOWER_WORD) lowerSpelling[tokens.spelling[t]!] = 1
  const lower = new Set<string>()
  for (let k = 0; k < lowerSpelling.length; k++) if (lowerSpelling[k]) lower.add(tokens.keys[k]!)
  const groups = new CandidateGroups()
  const first = new Map<string, number>()
  const uncertain: UncertainSentence[] = []
  const pool = new TokenPool()
  // The words a sentence asked about that this source alone does not show to be common.
  let asked: string[] = []
  const test = (key: string) => {
    const answer = lower.has(key) || isCommonAnywhere(key)
    if (!answer && !asked.includes(key)) asked.push(key)
    return answer
  }
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    asked = []
    const found = detectCandidates(sentence, test, sourceTokenObjects(tokens, i, sentence.text, pool))
    if (asked.length > 0) {
      uncertain.push({ sentence: i, keys: asked, candidates: found.map((candidate) => ({ ...candidate, sentence: i })) })
      continue
    }
    for (const candidate of found) {
      const key = candidate.keys.join(' ')
      if (!first.has(key)) first.set(key, i)
      groups.add(candidate)
    }
  }
  return {
    groups: [...groups.groups.values()].map((group) => ({ ...group, first: first.get(group.key)!, forms: [...group.forms], defines: [...group.defines] })),
    uncertain,
  }
}

/**
 * Adds one source's candidates to the corpus's groups. `isCommon` is the corpus's test; `redo`
 * finds a sentence's candidates again (by its index in the source) when the corpus changed an answer.
 */
export function mergeNames(target: CandidateGroups, names: SourceNames, sentences: readonly Sentence[], isCommon: (key: string) => boolean, redo: (sentence: number) => Candidate[]): void {
  const late = new CandidateGroups()
  const lateFirst = new Map<string, number>()
  for (const entry of names.uncertain) {
    const found = entry.keys.some(isCommon) ? redo(entry.sentence) : entry.candidates.map((candidate) => ({ ...candidate, sentence: sentences[entry.sentence]! }))
    for (const candidate of found) {
      const key = candidate.keys.join(' ')
      if (!lateFirst.has(key)) lateFirst.set(key, entry.sentence)
      late.add(candidate)
    }
  }
  for (const part of names.groups) {
    const { first, ...rest } = part
    const group: Group = { ...rest, forms: new Map(part.forms), cues: { ...part.cues }, defines: new Set(part.defines) }
    // A group's first candidate decides whether it is an acronym: take it from whichever came first in the source.
    const other = late.groups.get(part.key)
    if (other && lateFirst.get(part.key)! < first) group.acronym = other.acronym
    target.merge(group)
  }
  for (const group of late.groups.values()) target.merge(group)
}
