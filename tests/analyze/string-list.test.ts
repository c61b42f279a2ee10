import { describe, expect, it } from 'vitest'
import { joinStrings, splitStrings, startOf, stringAt } from '../../src/analyze/string-list.ts'

describe('string lists', () => {
  it('give each string back from its place in the joined text', () => {
    const strings = ['Genève', '', 'U.S.', 'envoy’s', 'a']
    const list = joinStrings(strings)
    expect(list.text).toBe('GenèveU.S.envoy’sa')
    expect(strings.map((_, k) => stringAt(list, k))).toEqual(strings)
    expect(splitStrings(list)).toEqual(strings)
    expect(startOf(list, 0)).toBe(0)
    expect(startOf(list, 2)).toBe(6)
  })

  it('hold an empty list', () => {
    expect(splitStrings(joinStrings([]))).toEqual([])
  })
})
