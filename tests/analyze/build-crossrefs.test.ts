import { describe, expect, it } from 'vitest'
import type { Discrepancy, Sentence } from '../../src/model.ts'
import type { Edge } from '../../src/analyze/align-sentences.ts'
import { buildCrossRefs, cohesiveClusters } from '../../src/analyze/build-crossrefs.ts'

/** Sentence i of source `sources[i]`. */
function corpus(sources: string[]): Sentence[] {
  return sources.map((source, index) => ({ id: `t${index}`, source, role: 'body', text: `sentence ${index}`, gap: '', block: 1, index }))
}
const claim = (a: number, b: number, score = 0.6): Edge => ({ a, b, score, kind: 'claim' })
const none = () => [] as Discrepancy[]
const memberSets = (refs: ReturnType<typeof buildCrossRefs>) => refs.map((ref) => ref.members.map((member) => member.sentence).sort().join(' ')).sort()

describe('buildCrossRefs', () => {
  it('makes one cross-reference of a claim three sources link to each other', () => {
    const refs = buildCrossRefs([claim(0, 1), claim(1, 2), claim(0, 2)], corpus(['a', 'b', 'c']), none)
    expect(memberSets(refs)).toEqual(['t0 t1 t2'])
  })

  it('does not chain single links into one cluster of unrelated claims', () => {
    const edges = [claim(0, 1, 0.9), claim(1, 2, 0.8), claim(2, 3, 0.7), claim(3, 4, 0.6)]
    const refs = buildCrossRefs(edges, corpus(['a', 'b', 'c', 'd', 'e']), none)
    expect(refs.some((ref) => ref.members.length > 3)).toBe(false)
    expect(refs.some((ref) => ref.members.some((m) => m.sentence === 't0') && ref.members.some((m) => m.sentence === 't4'))).toBe(false)
    // every link is still shown
    const pairs = new Set(refs.flatMap((ref) => ref.members.flatMap((x) => ref.members.map((y) => `${x.sentence}-${y.sentence}`))))
    for (const edge of edges) expect(pairs.has(`t${edge.a}-t${edge.b}`)).toBe(true)
  })

  it('never puts two passages of one source in one cluster', () => {
    const clusters = cohesiveClusters([claim(0, 1, 0.9), claim(1, 2, 0.8)], (index) => ['a', 'b', 'a'][index]!)
    expect(clusters.get(0)).not.toBe(clusters.get(2))
  })

  it('records only figure discrepancies along a related link', () => {
    const compare = (): Discrepancy[] => [{ kind: 'dropped-qualifier', detail: 'a says "reportedly"' }, { kind: 'figure', detail: '4 vs 5' }]
    const [related] = buildCrossRefs([{ a: 0, b: 1, score: 0.35, kind: 'related' }], corpus(['a', 'b']), compare)
    expect(related!.discrepancies.map((d) => d.kind)).toEqual(['figure'])
    const [strong] = buildCrossRefs([claim(0, 1)], corpus(['a', 'b']), compare)
    expect(strong!.discrepancies.map((d) => d.kind)).toEqual(['dropped-qualifier', 'figure'])
  })

  it('gives the same result whatever the order of the links', () => {
    const edges = [claim(0, 1, 0.9), claim(1, 2, 0.8), claim(2, 3, 0.7), claim(0, 2, 0.5), { a: 3, b: 4, score: 0.3, kind: 'related' } as Edge]
    const sentences = corpus(['a', 'b', 'c', 'd', 'e'])
    expect(buildCrossRefs([...edges].reverse(), sentences, none)).toEqual(buildCrossRefs(edges, sentences, none))
  })
})

describe('discrepancies of a cluster', () => {
  it('compare every cross-source pair of its members, not only the linked ones', () => {
    const compared: string[] = []
    const compare = (a: number, b: number): Discrepancy[] => { compared.push(`${a}-${b}`); return [] }
    buildCrossRefs([claim(0, 1, 0.9), claim(1, 2, 0.8)], corpus(['a', 'b', 'c']), compare)
    expect(compared.sort()).toEqual(['0-1', '0-2', '1-2'])
  })
})
