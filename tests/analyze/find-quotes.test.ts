import { describe, expect, it } from 'vitest'
import { findQuotes, quoteRanges } from '../../src/analyze/find-quotes.ts'
import { source } from './helpers.ts'

const quotes = (...paragraphs: string[]) => findQuotes(source('a', 'Title', paragraphs).blocks).map((quote) => [quote.text, quote.speakerText])

describe('findQuotes', () => {
  it('finds the speaker after or before a quote', () => {
    expect(quotes('"We gave them the coordinates," senior official Andrei Kartapolov said.')).toEqual([['We gave them the coordinates', 'senior official Andrei Kartapolov']])
    expect(quotes('Andrei Kartapolov said: “We gave them the coordinates.”')).toEqual([['We gave them the coordinates.', 'Andrei Kartapolov']])
    expect(quotes('“Such close co-operation will help us,” the defence ministry said in a statement.')).toEqual([['Such close co-operation will help us', 'the defence ministry']])
  })

  it('keeps a short quote only when attributed', () => {
    expect(quotes('Mikhail Bogdanov called the contact “useful”.')).toEqual([['useful', 'Mikhail Bogdanov']])
    expect(quotes('Jets destroyed “terrorist” command posts before “real” talks.')).toEqual([])
  })

  it('handles nested quotes and quotes across a sentence break', () => {
    expect(quoteRanges('He said: “They called it ‘war’ today.” Then left.')).toEqual([[10, 37]])
    const spanning = findQuotes(source('a', 'T', ['“We will stay. We will win,” Jane Doe said.']).blocks)
    expect(spanning).toHaveLength(1)
    expect(spanning[0]!.text).toBe('We will stay.')
    expect(spanning[0]!.continuation.map((part) => part.text)).toEqual(['We will win'])
    expect(spanning[0]!.speakerText).toBe('Jane Doe')
  })

  it('resolves "he said" to the last person quoted', () => {
    expect(quotes('“First we go there,” John Smith said.', '“Then we stay for a while,” he said.')[1]).toEqual(['Then we stay for a while', 'John Smith'])
  })
})
