import { describe, expect, it } from 'vitest'
import { knownKind } from '../../src/analyze/known-names.ts'

describe('knownKind', () => {
  it('knows short country names and well-known agencies', () => {
    expect(knownKind('us')).toBe('place')
    expect(knownKind('united kingdom')).toBe('place')
    expect(knownKind('ap')).toBe('organization')
    expect(knownKind('nato')).toBe('organization')
    expect(knownKind('kartapolov')).toBeNull()
  })
})
