import { deserialize, serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { CandidateGroups, buildTopics } from '../../src/analyze/build-topics.ts'
import { commonWordTestOf } from '../../src/analyze/common-words.ts'
import { detectCandidates } from '../../src/analyze/detect-candidates.ts'
import { extractSource, parseNames } from '../../src/analyze/extract-source.ts'
import { extractNames, mergeNames } from '../../src/analyze/source-names.ts'
import { TokenStore, extractTokens } from '../../src/analyze/token-store.ts'
import type { Source } from '../../src/model.ts'
import { generateArticles } from '../bench/generate-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { source } from './helpers.ts'

/** A corpus where a sentence-opening word is written in lower case only by another source. */
function mixedCorpus(): Source[] {
  return [
    source('a', 'Talks in Velmora', ['Zorbat envoys met Kalinda Vostrova in Velmora on Monday.', '"We agreed on a ceasefire for the whole region," Vostrova said after the meeting.', 'UN officials welcomed it.']),
    source('b', 'Ceasefire agreed', ['The zorbat envoys met Kalinda Vostrova in Velmora, officials said.', 'Vostrova said: "We agreed on a ceasefire for the whole region."', 'More than 24 positions were hit.']),
    source('c', 'Un nouveau départ', ['Un accord a été trouvé à Velmora, selon Kalinda Vostrova.', 'Exactly 24 targets were hit, the Un said.']),
  ]
}

describe('extractSource', () => {
  it('gives the same analysis whether extracts are precomputed (and cloned) or not', () => {
    const corpora = [mixedCorpus(), generateArticles(40, 7).map(splitSource)]
    for (const sources of corpora) {
      const direct = analyzeCorpus(sources, [])
      const extracts = sources.map(extractSource)
      expect(analyzeCorpus(sources, [], { extracts: extracts.map((extract) => structuredClone(extract)) })).toEqual(direct)
      expect(analyzeCorpus(sources, [], { extracts: extracts.map((extract) => deserialize(serialize(extract))) })).toEqual(direct)
    }
  })

  it('is deterministic and depends on its source alone', () => {
    const [a, b] = mixedCorpus()
    expect(serialize(extractSource(a!))).toEqual(serialize(extractSource(a!)))
    extractSource(b!)
    expect(serialize(extractSource(a!))).toEqual(serialize(extractSource(mixedCorpus()[0]!)))
  })

  it('merges name candidates exactly as when every sentence is run against the corpus', () => {
    for (const sources of [mixedCorpus(), generateArticles(60, 11).map(splitSource)]) {
      const sentences = sources.flatMap((item) => item.sentences)
      const store = new TokenStore()
      for (const sentence of sentences) store.add(sentence.text)
      const isCommon = commonWordTestOf(store)
      const expected = new CandidateGroups()
      sentences.forEach((sentence, i) => { for (const candidate of detectCandidates(sentence, isCommon, store.tokens(i, sentence.text))) expected.add(candidate) })
      const merged = new CandidateGroups()
      let offset = 0
      for (const item of sources) {
        const base = offset
        mergeNames(merged, parseNames(extractSource(item).names), item.sentences, isCommon, (local) => detectCandidates(item.sentences[local]!, isCommon, store.tokens(base + local, item.sentences[local]!.text)))
        offset += item.sentences.length
      }
      const plain = (groups: CandidateGroups) => [...groups.groups.values()].map((group) => ({ ...group, forms: [...group.forms].sort(), defines: [...group.defines].sort() })).sort((x, y) => (x.key < y.key ? -1 : 1))
      expect(plain(merged)).toEqual(plain(expected))
      expect(buildTopics(merged, [])).toEqual(buildTopics(expected, []))
    }
  })

  it('keeps its name candidates as JSON that parses back to what extractNames found', () => {
    for (const item of generateArticles(20, 3).map(splitSource)) {
      const names = extractNames(item.sentences, extractTokens(item.sentences.map((sentence) => sentence.text)))
      expect(parseNames(extractSource(item).names)).toStrictEqual(names)
    }
  })

  it('is made of few heap objects: words joined, one empty list for the sentences without figures', () => {
    const extract = extractSource(generateArticles(1, 9).map(splitSource)[0]!)
    expect(typeof extract.tokens.spellings.text).toBe('string')
    const empty = extract.figures.filter((figures) => figures.length === 0)
    expect(empty.length).toBeGreaterThan(1)
    expect(new Set(empty).size).toBe(1)
  })

  it('refuses an extract made for another source', () => {
    const sources = mixedCorpus()
    const extracts = sources.map(extractSource).reverse()
    expect(() => analyzeCorpus(sources, [], { extracts })).toThrow(/does not fit/)
  })
})
