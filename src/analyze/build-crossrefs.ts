/**
 * Turns sentence links into cross-references. Passages linked by quotes or claims form one
 * cluster (so a claim three sources carry is one cross-reference), but only when the cluster is
 * cohesive: a cluster tells the reader that every pair of its members reports the same thing, so
 * two groups merge only when most of the pairs the merge implies are actual links, and never
 * when it would hold two passages of one source. Single links chaining unrelated claims
 * (A↔B, B↔C, C↔D …) therefore stay separate cross-references. Links left between clusters, and
 * looser links, stay pairs. A `related` link does not say the two passages report the same
 * thing, so only figure discrepancies (figures of one unit and magnitude, which a reader wants
 * to see side by side) are recorded along it; a hedge one lacks or another person named is only a
 * discrepancy between passages that report the same thing (quote and claim links).
 */
import { hash } from 'node:crypto'
import type { CrossRef, Discrepancy, Sentence } from '../model.ts'
import type { Edge } from './align-sentences.ts'
import { pushTo } from './multimap.ts'
import { PairTable } from './pair-table.ts'

/** Share of the cross-source pairs a merge implies that must be actual links. */
const MIN_LINK_DENSITY = 0.5

/** Largest cluster built; beyond this a claim is more likely chained than shared. */
const MAX_CLUSTER = 10

/** Discrepancy kinds worth recording along a `related` link. */
const RELATED_KINDS = new Set(['figure', 'qualifier', 'unit'])

/** Compares two linked sentences (indices) for discrepancies. */
export type Compare = (a: number, b: number) => Discrepancy[]

/** Builds cross-references from edges over `sentences` (the corpus's sentences, indexed as in the edges). */
export function buildCrossRefs(edges: readonly Edge[], sentences: readonly Sentence[], compare: Compare): CrossRef[] {
  const strong = edges.filter((edge) => edge.kind !== 'related')
  const clusters = cohesiveClusters(strong, (index) => sentences[index]!.source)
  const refs: { first: number; ref: CrossRef }[] = []
  const byCluster = new Map<number, Edge[]>()
  const loose: Edge[] = []
  for (const edge of strong) {
    const cluster = clusters.get(edge.a)!
    if (cluster === clusters.get(edge.b)) pushTo(byCluster, cluster, edge)
    else loose.push(edge)
  }
  for (const group of byCluster.values()) refs.push(toCrossRef(group, sentences, compare))
  for (const edge of loose) refs.push(toCrossRef([edge], sentences, compare))
  for (const edge of edges) {
    if (edge.kind !== 'related') continue
    const a = clusters.get(edge.a)
    if (a === undefined || a !== clusters.get(edge.b)) refs.push(toCrossRef([edge], sentences, compare))
  }
  return refs.sort((x, y) => x.first - y.first || (x.ref.id < y.ref.id ? -1 : x.ref.id > y.ref.id ? 1 : 0)).map((entry) => entry.ref)
}

/**
 * Groups sentences by their links, strongest first (ties by position, so the result does not
 * depend on input order), merging two groups only when the result stays cohesive (see the file
 * comment). Returns each linked sentence's group number.
 */
export function cohesiveClusters(edges: readonly Edge[], sourceOf: (index: number) => string): Map<number, number> {
  const linked = new PairTable(edges.length)
  for (const edge of edges) linked.add(Math.min(edge.a, edge.b), Math.max(edge.a, edge.b))
  const groupOf = new Map<number, number>()
  const members = new Map<number, number[]>()
  for (const edge of edges) {
    for (const index of [edge.a, edge.b]) {
      if (groupOf.has(index)) continue
      groupOf.set(index, index)
      members.set(index, [index])
    }
  }
  const ordered = [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  for (const edge of ordered) {
    const x = groupOf.get(edge.a)!
    const y = groupOf.get(edge.b)!
    if (x === y) continue
    const left = members.get(x)!
    const right = members.get(y)!
    if (left.length + right.length > MAX_CLUSTER || !mayMerge(left, right, linked, sourceOf)) continue
    const [keep, drop] = x < y ? [x, y] : [y, x]
    const merged = [...members.get(keep)!, ...members.get(drop)!]
    members.set(keep, merged)
    members.delete(drop)
    for (const index of merged) groupOf.set(index, keep)
  }
  return groupOf
}

/** Whether two groups may become one: no source in both, and enough of the implied pairs linked. */
function mayMerge(left: readonly number[], right: readonly number[], linked: PairTable, sourceOf: (index: number) => string): boolean {
  const sources = new Set(left.map(sourceOf))
  if (right.some((index) => sources.has(sourceOf(index)))) return false
  let links = 0
  for (const a of left) for (const b of right) if (linked.find(Math.min(a, b), Math.max(a, b)) >= 0) links++
  return links >= MIN_LINK_DENSITY * left.length * right.length
}

/** The pairs to compare: a cluster says all its members report one thing, so every cross-source pair of it; a lone link, its two ends. */
function comparedPairs(group: readonly Edge[], indices: readonly number[], sentences: readonly Sentence[]): [number, number][] {
  if (group.length === 1) return [[group[0]!.a, group[0]!.b]]
  const pairs: [number, number][] = []
  for (let i = 0; i < indices.length; i++) {
    for (let j = i + 1; j < indices.length; j++) {
      if (sentences[indices[i]!]!.source !== sentences[indices[j]!]!.source) pairs.push([indices[i]!, indices[j]!])
    }
  }
  return pairs
}

/** One cross-reference from a connected group of edges, with the discrepancies along its links. */
function toCrossRef(group: readonly Edge[], sentences: readonly Sentence[], compare: Compare): { first: number; ref: CrossRef } {
  const indices = [...new Set(group.flatMap((edge) => [edge.a, edge.b]))].sort((x, y) => x - y)
  const members = indices.map((index) => ({ source: sentences[index]!.source, sentence: sentences[index]!.id }))
  const kind = group.some((edge) => edge.kind === 'quote') ? 'quote' : group.some((edge) => edge.kind === 'claim') ? 'claim' : 'related'
  const score = Math.round((group.reduce((sum, edge) => sum + edge.score, 0) / group.length) * 1000) / 1000
  const details = new Map<string, Discrepancy>()
  for (const [a, b] of comparedPairs(group, indices, sentences)) {
    for (const discrepancy of compare(a, b)) {
      if (kind === 'related' && !RELATED_KINDS.has(discrepancy.kind)) continue
      details.set(`${discrepancy.kind}|${discrepancy.detail}`, discrepancy)
    }
  }
  const id = `x-${hash('sha1', members.map((member) => `${member.source}#${member.sentence}`).join('|'), 'hex').slice(0, 10)}`
  return { first: indices[0]!, ref: { id, kind, score, members, discrepancies: [...details.values()] } }
}
