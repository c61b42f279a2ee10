import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { BySentence, indexDossier, mentionsIn, sentenceText } from '../../src/site/dossier-index.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const sources = generateArticles(30, 5).map(splitSource)
const analysis = analyzeCorpus(sources, [])
const index = indexDossier({ sources, analysis })

describe('BySentence', () => {
  it('files values by source and sentence, and lists them all', () => {
    const map = new BySentence<number>()
    map.set('a', 's1', 1)
    map.set('b', 's1', 2)
    map.set('a', 's2', 3)
    map.set('a', 's1', 4)
    expect([map.get('a', 's1'), map.get('b', 's1'), map.get('a', 's2'), map.get('b', 's2'), map.get('c', 's1')]).toEqual([4, 2, 3, undefined, undefined])
    expect([...map.values()].sort()).toEqual([2, 3, 4])
  })
})

describe('indexDossier', () => {
  it('finds every sentence of every source by its ids', () => {
    for (const source of sources) {
      for (const sentence of source.sentences) {
        expect(index.sentenceById.get(source.article.id, sentence.id)).toBe(sentence)
        expect(sentenceText(index, source.article.id, sentence.id)).toBe(sentence.text)
      }
    }
    expect(sentenceText(index, sources[0]!.article.id, 'no-such-sentence')).toBe('')
  })

  it('gives each sentence exactly the mentions the topics list for it, with their topics', () => {
    const expected = new Map<string, string[]>()
    for (const topic of analysis.topics) {
      for (const span of topic.mentions) {
        const key = `${span.source}#${span.sentence}`
        expected.set(key, [...(expected.get(key) ?? []), `${topic.slug}@${span.start}`])
      }
    }
    expect(expected.size).toBeGreaterThan(50)
    let checked = 0
    for (const source of sources) {
      for (const sentence of source.sentences) {
        const found = mentionsIn(index, source.article.id, sentence.id)
        for (const { topic, span } of found) expect(topic.mentions).toContain(span)
        expect(found.map(({ topic, span }) => `${topic.slug}@${span.start}`).sort()).toEqual((expected.get(`${source.article.id}#${sentence.id}`) ?? []).sort())
        checked += found.length
      }
    }
    expect(checked).toBe(analysis.topics.reduce((sum, topic) => sum + topic.mentions.length, 0))
  })

  it('files each figure under its sentence', () => {
    expect(analysis.figures.length).toBeGreaterThan(0)
    for (const figure of analysis.figures) expect(index.figuresBySentence.get(figure.source, figure.sentence)).toContain(figure)
  })
})
