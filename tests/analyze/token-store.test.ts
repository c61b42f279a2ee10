import { describe, expect, it } from 'vitest'
import { TokenStore, extractTokens, packTokens, storeTokens } from '../../src/analyze/token-store.ts'
import { tokenize } from '../../src/analyze/tokenize.ts'

const first = ['Émile Zola met the U.S. envoy in Genève.', 'the envoy said talks would resume', '']
const second = ['Talks resumed; Zola left.', 'ÉMILE wrote to the envoy’s office, and Genève replied.']

describe('TokenStore.addSource', () => {
  it('holds the same tokens, keys and lower-case words as scanning every sentence into the store', () => {
    const added = new TokenStore()
    added.addSource(packTokens(extractTokens(first)))
    added.addSource(packTokens(extractTokens(second)))
    const texts = [...first, ...second]
    const scanned = storeTokens(texts)
    expect(added.size).toBe(texts.length)
    texts.forEach((text, i) => {
      expect(added.tokens(i, text)).toEqual(scanned.tokens(i, text))
      expect(added.tokens(i, text)).toEqual(tokenize(text))
      const [from, to] = added.range(i)
      expect(added.range(i)).toEqual(scanned.range(i))
      for (let k = from; k < to; k++) expect(added.vocabulary.keys[added.keyAt(k)]).toBe(scanned.vocabulary.keys[scanned.keyAt(k)])
    })
    for (const key of ['envoy', 'talks', 'zola', 'emile', 'geneve', 'the']) expect(added.seenLower(key)).toBe(scanned.seenLower(key))
    expect(added.seenLower('envoy')).toBe(true)
    expect(added.seenLower('zola')).toBe(false)
  })

  it('holds the same after room was reserved for the sources', () => {
    const reserved = new TokenStore()
    const sources = [packTokens(extractTokens(first)), packTokens(extractTokens(second))]
    reserved.reserve(first.length + second.length, sources.reduce((sum, tokens) => sum + tokens.spelling.length, 0))
    const plain = new TokenStore()
    for (const tokens of sources) { reserved.addSource(tokens); plain.addSource(tokens) }
    expect(reserved.size).toBe(plain.size)
    ;[...first, ...second].forEach((text, i) => expect(reserved.tokens(i, text)).toEqual(plain.tokens(i, text)))
  })
})
