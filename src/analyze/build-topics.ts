/**
 * Merges name candidates from the whole corpus into topics: one topic per entity, whatever the
 * spelling, with every surface form kept as an alias; curated topics extend or override them.
 */
import type { CuratedTopic, TopicKind } from '../model.ts'
import type { Candidate, KindCue } from './detect-candidates.ts'
import { slugify } from './fold-text.ts'
import { tokenize } from './tokenize.ts'
import { knownKind } from './known-names.ts'
import { lexiconKind } from './lexicon.ts'
import { areVariants, compactKey, initialsOf, nameWords, skeletonKey } from './name-keys.ts'
import { UnionFind } from './union-find.ts'
import { ORG_WORDS } from './word-lists.ts'

/** How a form must be written for a word sequence to count as a mention of it. */
export type CaseRule = 'capitalised' | 'all-caps' | 'any'

/** A word sequence that names a topic. */
export interface MatchForm {
  keys: string[]
  rule: CaseRule
  /** Derived rather than seen (a person's surname alone): yields to a form seen as written. */
  derived?: boolean
}

/** A topic before its mentions are found. */
export interface TopicDraft {
  slug: string
  name: string
  kind: TopicKind
  aliases: string[]
  summary: string | null
  curated: boolean
  forms: MatchForm[]
  /** Theme keywords, matched in any case. */
  keywords: string[]
}

/** Every candidate sharing one folded surface form. */
export interface Group {
  key: string
  keys: string[]
  forms: Map<string, number>
  count: number
  strong: boolean
  acronym: boolean
  cues: Record<KindCue, number>
  defines: Set<string>
}

/** Builds topic drafts from the corpus's candidates (or their groups, collected as they were found) and the curated topics. */
export function buildTopics(candidates: readonly Candidate[] | CandidateGroups, curated: readonly CuratedTopic[]): TopicDraft[] {
  const groups = candidates instanceof CandidateGroups ? candidates.groups : groupCandidates(candidates)
  const surnames = new Set<string>()
  for (const group of groups.values()) if (group.strong && group.keys.length > 1) surnames.add(group.keys.at(-1)!)
  const accepted = [...groups.values()].filter((group) => isAccepted(group, surnames)).sort(byKey)
  const sets = new UnionFind()
  for (const group of accepted) sets.find(group.key)
  mergeVariants(accepted, sets)
  mergeAcronyms(accepted, groups, sets)
  mergeSurnames(accepted, sets)
  const clusters = clustersOf(accepted, sets)
  const detected = clusters.map(draftFromCluster).filter((draft): draft is TopicDraft => draft !== null)
  return assignSlugs(applyCurated(detected, curated))
}

/** Candidates grouped by folded surface form as they are found, so a large corpus never holds them all. */
export class CandidateGroups {
  readonly groups = new Map<string, Group>()

  /** Adds one candidate to its group. */
  add(candidate: Candidate): void {
    const key = candidate.keys.join(' ')
    let group = this.groups.get(key)
    if (!group) {
      group = { key, keys: candidate.keys, forms: new Map(), count: 0, strong: false, acronym: candidate.acronym, cues: { person: 0, place: 0, organization: 0 }, defines: new Set() }
      this.groups.set(key, group)
    }
    group.count++
    group.forms.set(candidate.text, (group.forms.get(candidate.text) ?? 0) + 1)
    if (!candidate.weak) group.strong = true
    for (const cue of candidate.cues) group.cues[cue]++
    if (candidate.defines) group.defines.add(candidate.defines)
  }

  /** Adds a group collected elsewhere (one source's candidates), as if they were added one by one after those seen so far. */
  merge(part: Group): void {
    const group = this.groups.get(part.key)
    if (!group) {
      this.groups.set(part.key, { ...part, forms: new Map(part.forms), cues: { ...part.cues }, defines: new Set(part.defines) })
      return
    }
    group.count += part.count
    for (const [form, count] of part.forms) group.forms.set(form, (group.forms.get(form) ?? 0) + count)
    if (part.strong) group.strong = true
    group.cues.person += part.cues.person
    group.cues.place += part.cues.place
    group.cues.organization += part.cues.organization
    for (const acronym of part.defines) group.defines.add(acronym)
  }
}

/** Groups candidates by folded surface form. */
function groupCandidates(candidates: readonly Candidate[]): Map<string, Group> {
  const collected = new CandidateGroups()
  for (const candidate of candidates) collected.add(candidate)
  return collected.groups
}

/** Orders groups by key. */
function byKey(a: Group, b: Group): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** A weak-only form (one capitalised word opening sentences) counts only if the lexicon knows it as a name. */
function isAccepted(group: Group, surnames: ReadonlySet<string>): boolean {
  if (group.strong) return true
  const kind = lexiconKind(group.key)
  if (group.keys.length > 1) return kind === 'person' || kind === 'place' || kind === 'organization'
  if (kind === 'person' || kind === 'place' || kind === 'organization') return true
  return surnames.has(group.key)
}

/** Merges spelling and transliteration variants ("Deir Ezzor" / "Deir al-Zor"). */
function mergeVariants(groups: readonly Group[], sets: UnionFind): void {
  const buckets = new Map<string, Group[]>()
  for (const group of groups) {
    if (group.acronym) continue
    const compact = compactKey(group.keys)
    const bucketKey = compact.length >= 5 ? skeletonKey(compact) : `=${compact}`
    const bucket = buckets.get(bucketKey) ?? []
    for (const other of bucket) {
      if (areVariants(compact, compactKey(other.keys))) sets.union(group.key, other.key)
    }
    bucket.push(group)
    buckets.set(bucketKey, bucket)
  }
}

/** Merges acronyms with their expansions: defined in brackets, or the initials of exactly one multi-word name. */
function mergeAcronyms(groups: readonly Group[], all: ReadonlyMap<string, Group>, sets: UnionFind): void {
  for (const group of groups) {
    for (const acronym of group.defines) {
      const key = acronym.toLowerCase()
      if (all.has(key)) sets.union(group.key, key)
    }
  }
  const byInitials = new Map<string, Set<string>>()
  for (const group of groups) {
    if (group.acronym || nameWords(group.keys).length < 2) continue
    const initials = initialsOf(group.keys)
    const roots = byInitials.get(initials) ?? new Set()
    roots.add(sets.find(group.key))
    byInitials.set(initials, roots)
  }
  for (const group of groups) {
    if (!group.acronym) continue
    const roots = byInitials.get(group.key)
    if (roots && roots.size === 1) sets.union(group.key, [...roots][0]!)
  }
  mergeAbbreviatedNames(groups, sets)
}

/** Merges names written with an acronym inside ("UN Security Council") with the spelt-out form. */
function mergeAbbreviatedNames(groups: readonly Group[], sets: UnionFind): void {
  const abbreviated = new Map<string, Set<string>>()
  for (const group of groups) {
    const words = nameWords(group.keys)
    if (group.acronym || words.length < 3) continue
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= words.length && j - i < words.length; j++) {
        const key = [...words.slice(0, i), words.slice(i, j).map((word) => word[0]).join(''), ...words.slice(j)].join(' ')
        const roots = abbreviated.get(key) ?? new Set()
        roots.add(sets.find(group.key))
        abbreviated.set(key, roots)
      }
    }
  }
  for (const group of groups) {
    const roots = abbreviated.get(nameWords(group.keys).join(' '))
    if (roots && roots.size === 1 && group.keys.length > 1) sets.union(group.key, [...roots][0]!)
  }
}

/** Merges surname-only mentions ("Kartapolov") into the one person whose full name ends with it. */
function mergeSurnames(groups: readonly Group[], sets: UnionFind): void {
  const clusters = clustersOf(groups, sets)
  const personBySurname = new Map<string, Set<string>>()
  for (const cluster of clusters) {
    if (kindOf(cluster) !== 'person') continue
    for (const group of cluster) {
      const words = nameWords(group.keys)
      if (words.length < 2) continue
      const roots = personBySurname.get(words.at(-1)!) ?? new Set()
      roots.add(sets.find(group.key))
      personBySurname.set(words.at(-1)!, roots)
    }
  }
  for (const group of groups) {
    const words = nameWords(group.keys)
    if (group.acronym || words.length !== 1) continue
    const roots = personBySurname.get(words[0]!)
    if (roots && roots.size === 1) sets.union(group.key, [...roots][0]!)
  }
}

/** The groups of each merged set, in a stable order. */
function clustersOf(groups: readonly Group[], sets: UnionFind): Group[][] {
  const clusters = new Map<string, Group[]>()
  for (const group of groups) {
    const root = sets.find(group.key)
    const cluster = clusters.get(root) ?? []
    cluster.push(group)
    clusters.set(root, cluster)
  }
  return [...clusters.keys()].sort().map((root) => clusters.get(root)!)
}

/** The kind a merged set most likely has: lexicon, name shape and context cues vote. */
function kindOf(cluster: readonly Group[]): TopicKind {
  const votes: Record<KindCue, number> = { person: 0, place: 0, organization: 0 }
  for (const group of cluster) {
    const known = knownKind(group.key)
    if (known === 'person' || known === 'place' || known === 'organization') votes[known] += 5 * group.count
    // A word in capitals is not read as a first name: "MEI" is not Mei (but "ZURICH" is still Zurich).
    const lexicon = group.acronym && lexiconKind(group.key) === 'person' ? null : lexiconKind(group.key)
    if (lexicon === 'person' || lexicon === 'place' || lexicon === 'organization') votes[lexicon] += 3 * group.count
    const words = nameWords(group.keys)
    // A name headed by an organisation word ("… Institute", "… Council") names an organisation,
    // however often it "said" or "told reporters" (which organisations do as much as people).
    if (words.length >= 2 && ORG_WORDS.has(words.at(-1)!)) votes.organization += 4 * group.count
    if (words.length >= 2 && lexiconKind(words[0]!) === 'person' && !group.acronym) votes.person += 2 * group.count
    if (words.length >= 2 && lexiconKind(words.at(-1)!) === 'place' && lexiconKind(words[0]!) !== 'person') votes.place += group.count
    votes.person += 2 * group.cues.person
    votes.place += group.cues.place
    votes.organization += 2 * group.cues.organization
  }
  const ranked = (['organization', 'person', 'place'] as const).filter((kind) => votes[kind] > 0).sort((a, b) => votes[b] - votes[a])
  return ranked[0] ?? 'other'
}

/** A topic draft from one merged set, or null for a lone unknown word (likely noise). */
function draftFromCluster(cluster: readonly Group[]): TopicDraft | null {
  const kind = kindOf(cluster)
  const count = cluster.reduce((sum, group) => sum + group.count, 0)
  const multiword = cluster.some((group) => group.keys.length > 1)
  if (kind === 'other' && count < 2 && !multiword) return null
  const aliases = [...new Set(cluster.flatMap((group) => [...group.forms.keys()]))].sort()
  return {
    slug: '', name: preferredName(cluster), kind, aliases, summary: null, curated: false,
    forms: [...cluster.flatMap(formsOf), ...(kind === 'person' ? surnameForms(cluster) : [])], keywords: [],
  }
}

/** A person's surname alone, as a derived form: "Kartapolov" for "Andrei Kartapolov". */
function surnameForms(cluster: readonly Group[]): MatchForm[] {
  const surnames = new Set<string>()
  for (const group of cluster) {
    const words = nameWords(group.keys)
    if (words.length >= 2 && !group.acronym) surnames.add(words.at(-1)!)
  }
  return [...surnames].sort().map((surname) => ({ keys: [surname], rule: 'capitalised', derived: true }))
}

/** The name shown for a set: the most frequent of its fullest forms. */
function preferredName(cluster: readonly Group[]): string {
  const full = cluster.filter((group) => !group.acronym)
  const pool = full.length > 0 ? full : [...cluster]
  const longest = Math.max(...pool.map((group) => nameWords(group.keys).length))
  const forms = new Map<string, number>()
  for (const group of pool) {
    if (nameWords(group.keys).length !== longest) continue
    for (const [form, count] of group.forms) forms.set(form, (forms.get(form) ?? 0) + count)
  }
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0]
}

/** The word sequences that count as mentions of a group, with their case rule. */
function formsOf(group: Group): MatchForm[] {
  const forms: MatchForm[] = [{ keys: group.keys, rule: group.acronym ? 'all-caps' : 'capitalised' }]
  return forms
}

/** Merges curated topics into detected ones sharing a name or alias, and adds the rest. */
function applyCurated(detected: TopicDraft[], curated: readonly CuratedTopic[]): TopicDraft[] {
  const result = [...detected]
  for (const topic of [...curated].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    const names = [topic.name, ...topic.aliases]
    const compacts = new Set(names.map((name) => compactKey(tokenize(name).map((token) => token.key))))
    const matching = result.filter((draft) => !draft.curated && draft.forms.some((form) => compacts.has(compactKey(form.keys))))
    const merged: TopicDraft = {
      slug: topic.slug, name: topic.name, kind: topic.kind, summary: topic.summary, curated: true,
      aliases: [...new Set([...names, ...matching.flatMap((draft) => draft.aliases)])].sort(),
      forms: [...names.map(curatedForm), ...matching.flatMap((draft) => draft.forms)],
      keywords: topic.keywords.map((keyword) => keyword.trim()).filter(Boolean),
    }
    const kept = result.filter((draft) => !matching.includes(draft))
    result.length = 0
    result.push(...kept, merged)
  }
  return result
}

/** A curated name matches in any case when written in lower case, else as capitalised. */
function curatedForm(name: string): MatchForm {
  const keys = tokenize(name).map((token) => token.key)
  const rule: CaseRule = name === name.toLowerCase() ? 'any' : /^[\p{Lu}\p{N}.]+$/u.test(name) ? 'all-caps' : 'capitalised'
  return { keys, rule }
}

/** Gives detected topics unique URL-safe slugs from their names; curated slugs are kept. */
function assignSlugs(drafts: TopicDraft[]): TopicDraft[] {
  const taken = new Set(drafts.filter((draft) => draft.curated).map((draft) => draft.slug))
  const ordered = [...drafts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.aliases.join('|') < b.aliases.join('|') ? -1 : 1))
  for (const draft of ordered) {
    if (draft.curated) continue
    const base = slugify(draft.name)
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    draft.slug = slug
  }
  return ordered.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
}
