import { describe, expect, it } from 'vitest'
import { extractSource } from '../../src/analyze/extract-source.ts'
import { collectTransfers } from '../../src/analyze/extract-transfer.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const sources = generateArticles(10, 3).map(splitSource)

describe('collectTransfers', () => {
  it('lists the token buffers, so that a clone moves them and the extract arrives equal', () => {
    for (const source of sources) {
      const extract = extractSource(source)
      const expected = structuredClone(extract)
      const transfer = collectTransfers(extract, [])
      expect(transfer).toHaveLength(7)
      const moved = structuredClone(extract, { transfer })
      expect(extract.tokens.start.length).toBe(0) // moved, not copied
      expect(moved).toStrictEqual(expected)
    }
  })

  it('leaves a token array that shares its buffer where it is', () => {
    const extract = extractSource(sources[0]!)
    const shared = new Int32Array(extract.tokens.start.length + 4)
    shared.set(extract.tokens.start)
    extract.tokens.start = shared.subarray(0, extract.tokens.start.length)
    const transfer = collectTransfers(extract, [])
    expect(transfer).toHaveLength(6)
    expect(transfer).not.toContain(shared.buffer)
  })
})
