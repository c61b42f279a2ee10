import { describe, expect, it } from 'vitest'
import { sourcesOfPage, topicPageFileKey, type TopicPageJob } from '../../src/site/topic-page-file.ts'

const ref = (source: string, sentence: string) => ({ source, sentence, start: 0, end: 6 })

function job(): TopicPageJob {
  return {
    path: 'topics/sergei-lavrov.html',
    title: 'Sergei Lavrov',
    description: 'Sergei Lavrov: every mention in the dossier',
    input: {
      topic: { slug: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov'], summary: null, mentionCount: 3 },
      mentions: [ref('a', 's1'), ref('b', 's2'), ref('a', 's3')],
      pageNumber: 1,
      pageCount: 1,
      counts: [{ source: 'a', count: 2 }, { source: 'b', count: 1 }],
      quotes: [{ text: 'useful', occurrences: [ref('c', 's4')] }],
      figures: [{ ...ref('d', 's5'), text: '24 targets' }],
      related: [{ slug: 'moscow', name: 'Moscow', shared: 2 }],
    },
  }
}

const digests: Record<string, string> = { a: 'da', b: 'db', c: 'dc', d: 'dd' }
const digestOf = (source: string) => digests[source] ?? ''

describe('sourcesOfPage', () => {
  it('lists every source a page looks up, once, in order of first mention', () => {
    expect(sourcesOfPage(job().input)).toEqual(['a', 'b', 'c', 'd'])
  })
})

describe('topicPageFileKey', () => {
  it('is the same for the same job, site and digests, made apart', () => {
    expect(topicPageFileKey('site', job(), digestOf)).toBe(topicPageFileKey('site', structuredClone(job()), (source) => digests[source] ?? ''))
  })

  it('changes with the site, the job, and the digest of any source the page looks up', () => {
    const key = topicPageFileKey('site', job(), digestOf)
    expect(topicPageFileKey('site 2', job(), digestOf)).not.toBe(key)
    const renamed = job()
    renamed.title = 'Sergey Lavrov'
    expect(topicPageFileKey('site', renamed, digestOf)).not.toBe(key)
    const moved = job()
    moved.input.mentions[0]!.end = 7
    expect(topicPageFileKey('site', moved, digestOf)).not.toBe(key)
    for (const source of ['a', 'b', 'c', 'd']) {
      expect(topicPageFileKey('site', job(), (id) => (id === source ? 'changed' : digestOf(id)))).not.toBe(key)
    }
    // A source the page does not look up does not count.
    expect(topicPageFileKey('site', job(), (id) => (id === 'e' ? 'changed' : digestOf(id)))).toBe(key)
  })

  it('leaves out a key already made', () => {
    const keyed = { ...job(), key: 'earlier' }
    expect(topicPageFileKey('site', keyed, digestOf)).toBe(topicPageFileKey('site', job(), digestOf))
  })
})
