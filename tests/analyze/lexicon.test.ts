import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lexiconKind } from '../../src/analyze/lexicon.ts'
import { LEXICON_KINDS_FILE, lexiconEntries, lexiconKindsSource } from '../../src/analyze/lexicon-tags.ts'

describe('lexiconKind', () => {
  it('gives the kind compromise tags a word with', () => {
    expect(lexiconKind('monday')).toBe('calendar')
    expect(lexiconKind('french')).toBe('demonym')
    expect(lexiconKind('france')).toBe('place')
    expect(lexiconKind('the')).toBe('common')
    expect(lexiconKind('kartapolov')).toBeNull()
    expect(lexiconKind('constructor')).toBe('common') // a name the lexicon object inherited, as compromise's lookup gave it
  })

  it('agrees with compromise on every word of its lexicon (UPDATE_LEXICON=1 rewrites the table)', () => {
    const entries = lexiconEntries()
    const expected = lexiconKindsSource(entries)
    if (process.env['UPDATE_LEXICON'] === '1') writeFileSync(LEXICON_KINDS_FILE, expected)
    expect(readFileSync(LEXICON_KINDS_FILE, 'utf8')).toBe(expected)
    for (const [word, kind] of entries) if (lexiconKind(word) !== kind) expect(`${word}: ${lexiconKind(word)}`).toBe(`${word}: ${kind}`)
  })
})
