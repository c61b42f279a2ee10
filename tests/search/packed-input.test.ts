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

  it('holds a source’s sentences as three lists of strings, and only the fields the search reads', () => {
    const withMore = { ...input, sources: input.sources.map((s) => ({ ...s, sentences: s.sentences.map((x) => ({ ...x, start: 0, block: 3 })) })) }
    const packed = packSearchInput(withMore)
    expect(packed.sources[0]!.ids).toEqual(['s-title', 's1', 's2', 's3'])
    expect(packed.sources[1]!.roles).toEqual(['title', 'standfirst', 'body'])
    expect(unpackSearchInput(packed)).toEqual(input)
  })
})
