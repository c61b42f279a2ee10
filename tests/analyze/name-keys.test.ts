import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { areVariants, compactKey, editRatio, initialsOf } from '../../src/analyze/name-keys.ts'
import { slugify } from '../../src/analyze/fold-text.ts'

describe('name keys', () => {
  it('meets transliteration variants and keeps different names apart', () => {
    expect(compactKey(['bashar', 'al', 'assad'])).toBe(compactKey(['bashar', 'assad']))
    expect(areVariants(compactKey(['deir', 'ezzor']), compactKey(['deir', 'al', 'zor']))).toBe(true)
    expect(areVariants('raqqa', 'raqaa')).toBe(true)
    expect(areVariants('iran', 'iraq')).toBe(false)
    expect(areVariants('austria', 'australia')).toBe(false)
    expect(initialsOf(['united', 'nations'])).toBe('un')
  })

  it('edit ratio is symmetric and within 0..1', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const ratio = editRatio(a, b)
      expect(ratio).toBeGreaterThanOrEqual(0)
      expect(ratio).toBeLessThanOrEqual(1)
      expect(editRatio(b, a)).toBeCloseTo(ratio)
    }))
  })

  it('slugs are URL-safe', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }))
  })
})
