import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { source } from './helpers.ts'

const a = source('a', 'Jets strike rebel towns', [
  'More than 24 positions were targeted by warplanes on Tuesday.',
  'The jets hit targets close to Palmyra, Deir Ezzor, Ithriya and eastern Aleppo.',
  'The local football club won its match against a rival from the coast.',
], 'TRT World')
const b = source('b', 'Air raids continue', [
  'Russia said its jets bombed 24 targets yesterday.',
  'The strikes hit targets close to Palmyra, Deir al-Zor, Ithriya and eastern Aleppo.',
  'Wheat prices rose sharply on commodity markets in Chicago.',
], 'AFP')
const c = source('c', 'Raids', ['Planes hit targets close to Palmyra, Deir Ezzor, Ithriya and eastern Aleppo, officials said.'], 'Reuters')

describe('cross-references', () => {
  const analysis = analyzeCorpus([a, b, c], [])
  const text = new Map([a, b, c].flatMap((s) => s.sentences.map((x) => [`${x.source}#${x.id}`, x.text])))
  const members = analysis.crossrefs.map((ref) => ref.members.map((m) => text.get(`${m.source}#${m.sentence}`)!.slice(0, 12)).sort())

  it('links the same claim in three sources as one cluster', () => {
    expect(members).toContainEqual(['Planes hit ta', 'The jets hit', 'The strikes '].map((t) => t.slice(0, 12)))
  })

  it('flags "more than 24" against "24" and keeps unrelated sentences apart', () => {
    const count = analysis.crossrefs.find((ref) => ref.discrepancies.some((d) => d.kind === 'qualifier'))
    expect(count?.discrepancies[0]!.detail).toContain('More than 24 positions')
    expect(count?.discrepancies[0]!.detail).toContain('AFP')
    expect(analysis.unique['a']!.map((id) => text.get(`a#${id}`))).toEqual(['The local football club won its match against a rival from the coast.'])
  })

  it('never links two sentences of one source, and members span two sources', () => {
    for (const ref of analysis.crossrefs) expect(new Set(ref.members.map((m) => m.source)).size).toBeGreaterThanOrEqual(2)
  })

  it('is deterministic whatever the input order', () => {
    expect(JSON.stringify(analyzeCorpus([c, b, a], []))).toBe(JSON.stringify(analysis))
  })
})

describe('related links', () => {
  it('need more than a stray shared word', () => {
    const x = source('x', 'T', ['The council questioned 15 contracts outside Lunsil, according to the auditors.'], 'One')
    const y = source('y', 'T', ['The hospital questioned 15 nurses near Etren, according to the union.'], 'Two')
    expect(analyzeCorpus([x, y], []).crossrefs).toEqual([])
  })
})

describe('mutual best matches', () => {
  it('link a reworded claim that scores under the claim threshold when each is the other\'s best and a figure anchors them', () => {
    const x = source('x', 'Bridge hit', ['The crossing is used by 40,000 vehicles every day.', 'Police closed the road at night.'], 'One')
    const y = source('y', 'Ship strikes bridge', ['The bridge, which opened in 1974, carries around 40,000 vehicles a day.', 'A ship struck the bridge in the morning.'], 'Two')
    const refs = analyzeCorpus([x, y], []).crossrefs
    const linked = refs.find((ref) => ref.members.some((m) => m.source === 'x' && x.sentences.find((s) => s.id === m.sentence)?.text.startsWith('The crossing')))
    expect(linked?.kind).toBe('claim')
    expect(linked?.discrepancies.map((d) => d.kind)).toEqual(['qualifier'])
  })
  it('do not link sentences sharing only an unrelated number', () => {
    const x = source('x', 'T', ['Two people were rescued from the river near Lunsil.'], 'One')
    const y = source('y', 'T', ['Two banks raised their rates in Etren on Monday.'], 'Two')
    expect(analyzeCorpus([x, y], []).crossrefs).toEqual([])
  })
})
