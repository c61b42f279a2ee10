import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { source } from './helpers.ts'

describe('quotes across sources', () => {
  it('merges variants of one quote and records the differences', () => {
    const a = source('a', 'T', ['"The coordinates of all of these targets were given to us by opposition representatives," Andrei Kartapolov said.'], 'TRT World')
    const b = source('b', 'T', ['“The co-ordinates of all these targets were given to us by opposition representatives,” Andrei Kartapolov said.'], 'AFP')
    const { quotes, crossrefs } = analyzeCorpus([a, b], [])
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.speaker).toBe('andrei-kartapolov')
    expect(quotes[0]!.occurrences.map((occurrence) => occurrence.source)).toEqual(['a', 'b'])
    expect(quotes[0]!.variants.join(' | ')).toMatch(/co-ordinates/)
    expect(crossrefs.map((ref) => ref.kind)).toEqual(['quote'])
  })
})
