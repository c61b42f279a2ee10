/**
 * Links a reader of the seed dossier would not trust: passages about different events, or that
 * share only a stray word or an attribution tail. Pinned on the seed articles as saved.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { loadCluster } from '../eval/load-cluster.ts'

const sources = loadCluster(resolve(import.meta.dirname, '../../seeds'), true)
const analysis = analyzeCorpus(sources, [])
const keyOf = (snippet: string) => {
  const hits = sources.flatMap((source) => source.sentences.filter((sentence) => sentence.text.includes(snippet)).map((sentence) => `${source.article.id}#${sentence.id}`))
  expect(hits).toHaveLength(1)
  return hits[0]!
}
const linking = (a: string, b: string) => {
  const [x, y] = [keyOf(a), keyOf(b)]
  return analysis.crossrefs.filter((ref) => {
    const members = ref.members.map((member) => `${member.source}#${member.sentence}`)
    return members.includes(x) && members.includes(y)
  })
}

describe('seed precision', () => {
  it('keeps a campaign-wide toll and one strike’s toll apart: related at most, no figure discrepancy', () => {
    const refs = linking('more than 600 people have been killed', 'killing at least 23 people')
    for (const ref of refs) {
      expect(ref.kind).toBe('related')
      expect(ref.discrepancies.filter((d) => d.kind === 'figure' || d.kind === 'qualifier')).toEqual([])
    }
  })

  it('drops related links resting on an attribution tail or one shared name', () => {
    expect(linking('The co-ordinates of all of these targets', 'Last week, Russia said it had met')).toEqual([])
    expect(linking('Russia claims Syrian opposition gave coordinates for strike', 'carried out joint training')).toEqual([])
  })

  it('gives well-known countries and agencies their kind', () => {
    const kind = (alias: string) => analysis.topics.find((topic) => topic.aliases.includes(alias))?.kind
    expect(kind('US')).toBe('place')
    expect(kind('AP')).toBe('organization')
  })
})
