/**
 * Turns sentence links into cross-references: passages linked by quotes or claims form one
 * cluster (so a claim three sources carry is one cross-reference), looser links stay pairs.
 * Each carries the discrepancies found between its linked passages.
 */
import { createHash } from 'node:crypto'
import type { CrossRef, Discrepancy, Sentence } from '../model.ts'
import type { Edge } from './align-sentences.ts'
import { UnionFind } from './union-find.ts'
import { pushTo } from './multimap.ts'

/** Largest cluster kept whole; a bigger one is most likely chained by accident and is split into pairs. */
const MAX_CLUSTER = 10

/** Compares two linked sentences (indices) for discrepancies. */
export type Compare = (a: number, b: number) => Discrepancy[]

/** Builds cross-references from edges over `sentences` (the corpus's sentences, indexed as in the edges). */
export function buildCrossRefs(edges: readonly Edge[], sentences: readonly Sentence[], compare: Compare): CrossRef[] {
  const strong = edges.filter((edge) => edge.kind !== 'related')
  const sets = new UnionFind()
  for (const edge of strong) sets.union(String(edge.a), String(edge.b))
  const components = new Map<string, Edge[]>()
  for (const edge of strong) {
    const root = sets.find(String(edge.a))
    pushTo(components, root, edge)
  }
  const refs: { first: number; ref: CrossRef }[] = []
  for (const group of components.values()) {
    const members = new Set(group.flatMap((edge) => [edge.a, edge.b]))
    if (members.size <= MAX_CLUSTER) refs.push(toCrossRef(group, sentences, compare))
    else for (const edge of group) refs.push(toCrossRef([edge], sentences, compare))
  }
  for (const edge of edges) {
    if (edge.kind !== 'related') continue
    const inStrong = components.has(sets.find(String(edge.a))) && sets.find(String(edge.a)) === sets.find(String(edge.b))
    if (!inStrong) refs.push(toCrossRef([edge], sentences, compare))
  }
  return refs.sort((x, y) => x.first - y.first || (x.ref.id < y.ref.id ? -1 : x.ref.id > y.ref.id ? 1 : 0)).map((entry) => entry.ref)
}

/** One cross-reference from a connected group of edges. */
function toCrossRef(group: readonly Edge[], sentences: readonly Sentence[], compare: Compare): { first: number; ref: CrossRef } {
  const indices = [...new Set(group.flatMap((edge) => [edge.a, edge.b]))].sort((x, y) => x - y)
  const members = indices.map((index) => ({ source: sentences[index]!.source, sentence: sentences[index]!.id }))
  const kind = group.some((edge) => edge.kind === 'quote') ? 'quote' : group.some((edge) => edge.kind === 'claim') ? 'claim' : 'related'
  const score = Math.round((group.reduce((sum, edge) => sum + edge.score, 0) / group.length) * 1000) / 1000
  const details = new Map<string, Discrepancy>()
  for (const edge of [...group].sort((x, y) => x.a - y.a || x.b - y.b)) {
    for (const discrepancy of compare(edge.a, edge.b)) details.set(`${discrepancy.kind}|${discrepancy.detail}`, discrepancy)
  }
  const id = `x-${createHash('sha1').update(members.map((member) => `${member.source}#${member.sentence}`).join('|')).digest('hex').slice(0, 10)}`
  return { first: indices[0]!, ref: { id, kind, score, members, discrepancies: [...details.values()] } }
}
