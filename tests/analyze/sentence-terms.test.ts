import { describe, expect, it } from 'vitest'
import { SentenceTermIds, sentenceTerms, stem } from '../../src/analyze/sentence-terms.ts'
import { TermTable } from '../../src/analyze/term-vectors.ts'
import { tokenize } from '../../src/analyze/tokenize.ts'
import { findFigures } from '../../src/analyze/find-figures.ts'
import { canonicalPhrase, canonicalWord } from '../../src/analyze/term-synonyms.ts'
import { sentence } from './helpers.ts'

/** The terms of a plain sentence, with its figures. */
function terms(text: string): string[] {
  const s = sentence(text)
  return sentenceTerms(s, [], findFigures(s))
}

describe('stem', () => {
  it('meets a verb and its participle whether or not the base ends in a silent e', () => {
    expect(stem('rescued')).toBe(stem('rescue'))
    expect(stem('collapsed')).toBe(stem('collapse'))
    expect(stem('bombing')).toBe(stem('bombed'))
    expect(stem('bombs')).toBe('bomb')
  })
  it('leaves short words and double-e endings alone', () => {
    expect(stem('rate')).toBe('rate')
    expect(stem('employee')).toBe('employee')
  })
})

describe('sentenceTerms', () => {
  it('reads a two-word verb as its one-word synonym', () => {
    expect(terms('The chief executive stepped down on Friday.')).toContain('resign')
    expect(terms('The chief executive resigned on Friday.')).toContain('resign')
    expect(terms('The boss quit on Friday.')).toEqual(terms('The chief executive stepped down on Friday.'))
  })
  it('keeps a hyphenated measure a figure, not a glued word', () => {
    expect(terms('The 290-metre ship ran aground.').some((term) => term.startsWith('#'))).toBe(true)
    expect(terms('The 290-metre ship ran aground.')).not.toContain('290metre')
  })
  it('still glues short prefixes: co-ordinates meets coordinates', () => {
    expect(terms('They shared co-ordinates.')).toEqual(terms('They shared coordinates.'))
  })
})

describe('term synonyms', () => {
  it('fold reporters\' variants of one act, and only known phrases', () => {
    expect(canonicalWord('quit')).toBe(canonicalWord('resigned'))
    expect(canonicalWord('vessel')).toBe(canonicalWord('ship'))
    expect(canonicalWord('unaccounted')).toBe('missing')
    expect(canonicalPhrase('stepped', 'down')).toBe('resign')
    expect(canonicalPhrase('stepped', 'up')).toBeUndefined()
    expect(canonicalWord('table')).toBe('table')
  })
  it('reads a clock time as one term, however it is written', () => {
    expect(terms('It broke out at about 7:40 p.m. on Sunday.')).toContain('#t7:40')
    expect(terms('A fire broke out on Sunday at around 7.40pm.')).toContain('#t7:40')
    expect(terms('It hit at 2:15 am.').filter((term) => term.startsWith('#'))).toEqual(['#t2:15'])
  })
  it('reads a capitalised demonym as its country, a lower-case word as itself', () => {
    expect(terms('The Polish driver was hurt.')).toContain('@poland')
    expect(terms('They polish the floor.')).not.toContain('@poland')
  })
  it('meets reworded facts: lorries and trucks, got out and escaped, a fire that is no launch', () => {
    expect(terms('5,000 lorries pass.')).toEqual(terms('5,000 trucks pass.'))
    expect(terms('200 people got out.')).toEqual(terms('200 people escaped.'))
    expect(terms('A lorry caught fire.')).toContain(terms('The blaze spread.')[0])
    expect(terms('A lorry caught fire.')).not.toContain(terms('They launched missiles.')[0])
  })
  it('meets figures in other units: two weeks and 14 days', () => {
    expect(terms('Shut for two weeks.').filter((term) => term.startsWith('#'))).toEqual(terms('Shut for 14 days.').filter((term) => term.startsWith('#')))
  })
})

describe('SentenceTermIds', () => {
  it('interns the same terms, in the same order, as interning sentenceTerms, caching words by id', () => {
    const texts = ['The chief executive stepped down on Friday.', 'It broke out at about 7:40 p.m. and 5,000 lorries fled.', 'The Polish chief said the lorries fled.']
    const expected = new TermTable()
    const wanted = texts.map((text) => { const s = sentence(text); return Int32Array.from(sentenceTerms(s, [], findFigures(s)), (term) => expected.id(term)) })
    const table = new TermTable()
    const words = new Map<string, number>()
    const termIds = new SentenceTermIds(table, 100)
    let asked = 0
    const got = texts.map((text) => {
      const s = sentence(text)
      const tokens = tokenize(text)
      return termIds.ids([], findFigures(s), tokens, (k) => { asked++; const key = tokens[k]!.key; return words.get(key) ?? words.set(key, words.size).get(key)! })
    })
    expect(got).toEqual(wanted)
    expect(table.names).toEqual(expected.names)
    expect(asked).toBeGreaterThan(0)
  })
})

describe('SentenceTermIds topics', () => {
  it('interns a mentioned topic as @slug, in the order sentenceTerms meets it, however often it recurs', () => {
    const texts = ['Kyiv said the bridge fell.', 'The bridge near Kyiv and Lviv fell.', 'Lviv agreed with Kyiv.']
    const mentionsOf = (text: string) => ['Kyiv', 'Lviv'].flatMap((name) => { const start = text.indexOf(name); return start < 0 ? [] : [{ slug: name.toLowerCase(), start, end: start + name.length }] }).sort((a, b) => a.start - b.start)
    const expected = new TermTable()
    const wanted = texts.map((text) => Int32Array.from(sentenceTerms(sentence(text), mentionsOf(text)), (term) => expected.id(term)))
    const table = new TermTable()
    const termIds = new SentenceTermIds(table, 100)
    const got = texts.map((text) => termIds.ids(mentionsOf(text), [], tokenize(text), () => -1))
    expect(got).toEqual(wanted)
    expect(table.names).toEqual(expected.names)
    expect(table.names).toContain('@kyiv')
  })
})

describe('SentenceTermIds.append', () => {
  it('packs each sentence\'s ids end to end, equal to the ids of each sentence', () => {
    const texts = ['The chief executive stepped down on Friday.', '', 'It broke out at about 7:40 p.m. and 5,000 lorries fled.']
    const wordIds = () => { const words = new Map<string, number>(); return (tokens: ReturnType<typeof tokenize>) => (k: number) => { const key = tokens[k]!.key; return words.get(key) ?? words.set(key, words.size).get(key)! } }
    const one = new SentenceTermIds(new TermTable(), 100)
    const idOne = wordIds()
    const each = texts.map((text) => { const tokens = tokenize(text); return Array.from(one.ids([], findFigures(sentence(text)), tokens, idOne(tokens))) })
    const packed = new SentenceTermIds(new TermTable(), 100)
    const idPacked = wordIds()
    for (const text of texts) { const tokens = tokenize(text); packed.append([], findFigures(sentence(text)), tokens, idPacked(tokens)) }
    const { offsets, ids } = packed.packed()
    expect(Array.from(offsets)).toEqual([0, each[0]!.length, each[0]!.length, each[0]!.length + each[2]!.length])
    expect(texts.map((_, s) => Array.from(ids.subarray(offsets[s]!, offsets[s + 1]!)))).toEqual(each)
    expect(each[0]!.length).toBeGreaterThan(0)
  })
})
