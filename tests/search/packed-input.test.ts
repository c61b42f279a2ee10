import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packSearchInput, unpackSearchInput } from '../../src/search/packed-input.ts'
import type { SearchInput } from '../../src/search/index.ts'
import { input } from './fixture.ts'

const sentence = fc.record({ id: fc.string(), role: fc.constantFrom('title', 'body', 'caption'), text: fc.string() })
const source = fc.record({ page: fc.string(), title: fc.string(), outlet: fc.option(fc.string()), label: fc.string(), sentences: fc.array(sentence, { maxLength: 6 }) })
const topic = fc.record({ page: fc.string(), name: fc.string(), kind: fc.constantFrom('person', 'place', 'organisation', 'theme' as const), aliases: fc.array(fc.string(), { maxLength: 3 }) })

describe('packSearchInput', () => {
  it('gives back the input it was made from, after a copy to another thread', () => {
    fc.assert(
      fc.property(fc.record({ topics: fc.array(topic, { maxLength: 4 }), sources: fc.array(source, { maxLength: 4 }) }), (made) => {
        expect(unpackSearchInput(structuredClone(packSearchInput(made as SearchInput)))).toEqual(made)
      }),
    )
  })

  it('holds a source’s ids as one string, its roles as numbers into one table, and only the fields the search reads', () => {
    const withMore = { ...input, sources: input.sources.map((s) => ({ ...s, sentences: s.sentences.map((x) => ({ ...x, start: 0, block: 3 })) })) }
    const packed = packSearchInput(withMore)
    expect(packed.sources[0]!.ids).toBe('s-titles1s2s3')
    expect([...packed.sources[0]!.idLengths]).toEqual([7, 2, 2, 2])
    expect([...packed.sources[1]!.roles].map((role) => packed.roles[role])).toEqual(['title', 'standfirst', 'body'])
    expect(new Set(packed.roles).size).toBe(packed.roles.length)
    expect(unpackSearchInput(packed)).toEqual(input)
  })

  it('makes a source’s sentences anew at each reading, equal each time', () => {
    const unpacked = unpackSearchInput(packSearchInput(input))
    const first = unpacked.sources[0]!.sentences
    expect(unpacked.sources[0]!.sentences).not.toBe(first)
    expect(unpacked.sources[0]!.sentences).toEqual(first)
  })
})
