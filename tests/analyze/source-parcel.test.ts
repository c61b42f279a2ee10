import { deserialize, serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { extractSource } from '../../src/analyze/extract-source.ts'
import { isPackable, packSource, unpackSource } from '../../src/analyze/source-parcel.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import type { Source } from '../../src/model.ts'
import { generateArticles } from '../bench/generate-corpus.ts'
import { source } from './helpers.ts'

/** A source with a standfirst and captions, one credited and one not. */
function illustrated(): Source {
  const base = source('pics', 'Pictures from Velmora', ['Envoys met on Monday. They agreed.', 'More talks follow.'])
  return splitSource({
    ...base.article,
    standfirst: 'A first meeting. Then a second.',
    captions: [{ text: 'The envoys arrive. Crowds wait.', credit: 'AFP' }, { text: 'The square at night.', credit: null }],
  })
}

const sources = [illustrated(), ...generateArticles(12, 5).map(splitSource)]

describe('source parcels', () => {
  it('rebuild a whole source, blocks sharing the sentences, that serializes to an equal source', () => {
    for (const original of sources) {
      expect(isPackable(original)).toBe(true)
      const rebuilt = unpackSource(structuredClone(packSource(original, true)))
      expect(rebuilt).toStrictEqual(original)
      expect(rebuilt.blocks.flatMap((block) => block.sentences).every((sentence, k) => sentence === rebuilt.sentences[k])).toBe(true)
      expect(deserialize(serialize(rebuilt))).toStrictEqual(original)
    }
  })

  it('carry only the article id unless asked for the whole source, and give the same extract', () => {
    for (const original of sources) {
      const parcel = packSource(original, false)
      expect(parcel.article).toEqual({ id: original.article.id })
      expect(extractSource(unpackSource(structuredClone(parcel)))).toStrictEqual(extractSource(original))
    }
  })

  it('refuse sources whose sentences do not follow from their place', () => {
    const original = illustrated()
    const moved = { ...original, sentences: original.sentences.map((sentence) => ({ ...sentence })) }
    expect(isPackable(moved)).toBe(false)
    const renamed = illustrated()
    renamed.sentences[1]!.source = 'elsewhere'
    expect(isPackable(renamed)).toBe(false)
    const short = illustrated()
    short.sentences.pop()
    expect(isPackable(short)).toBe(false)
  })
})
