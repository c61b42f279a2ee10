import { describe, expect, it } from 'vitest'
import { extractSource } from '../../src/analyze/extract-source.ts'
import { packExtract, unpackExtract } from '../../src/analyze/extract-parcel.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const sources = generateArticles(20, 3).map(splitSource)

describe('extract parcels', () => {
  it('give the extract back equal after a clone that moves its token arrays', () => {
    for (const extract of sources.map(extractSource)) {
      const expected = structuredClone(extract)
      const transfer: ArrayBuffer[] = []
      const parcel = packExtract(extract, transfer)
      expect(transfer).toHaveLength(5)
      expect(typeof parcel.names).toBe('string')
      const moved = structuredClone(parcel, { transfer })
      expect(extract.tokens.start.length).toBe(0) // moved, not copied
      expect(unpackExtract(moved)).toStrictEqual(expected)
    }
  })

  it('leave a token array that shares its buffer where it is', () => {
    const extract = extractSource(sources[0]!)
    const shared = new Int32Array(extract.tokens.start.length + 4)
    shared.set(extract.tokens.start)
    extract.tokens.start = shared.subarray(0, extract.tokens.start.length)
    const transfer: ArrayBuffer[] = []
    packExtract(extract, transfer)
    expect(transfer).toHaveLength(4)
    expect(transfer).not.toContain(shared.buffer)
  })
})
