import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import type { CuratedTopic } from '../../src/model.ts'
import { source } from './helpers.ts'

const a = source('a', 'Talks in Geneva', [
  'Foreign Minister Pedro Sánchez met Kim Jong-un in Deir Ezzor on Tuesday.',
  'The Syrian Observatory for Human Rights (SOHR) counted the dead, Sánchez said.',
])
const b = source('b', 'Meeting ends', [
  'Pedro Sanchez and Kim Jong Un left Deir al-Zor, the SOHR said.',
  'The United Nations said the UN would help.',
])

describe('topics', () => {
  const { topics } = analyzeCorpus([a, b], [])
  const bySlug = new Map(topics.map((topic) => [topic.slug, topic]))

  it('merges accents, transliterations, surnames and acronyms across sources', () => {
    expect(bySlug.get('pedro-sanchez')?.aliases).toEqual(expect.arrayContaining(['Pedro Sánchez', 'Pedro Sanchez', 'Sánchez']))
    expect(bySlug.get('kim-jong-un')?.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un']))
    expect(topics.find((topic) => topic.aliases.includes('Deir Ezzor'))?.aliases).toContain('Deir al-Zor')
    expect(bySlug.get('syrian-observatory-for-human-rights')?.aliases).toContain('SOHR')
    expect(bySlug.get('united-nations')?.aliases).toContain('UN')
  })

  it('has exact mention spans and no junk', () => {
    for (const topic of topics) {
      for (const mention of topic.mentions) {
        const text = [a, b].flatMap((s) => s.sentences).find((s) => s.id === mention.sentence && s.source === mention.source)!.text
        expect(text.slice(mention.start, mention.end)).toBe(mention.text)
      }
    }
    const aliases = topics.flatMap((topic) => topic.aliases)
    for (const junk of ['Tuesday', 'The', 'Foreign', 'Foreign Minister']) expect(aliases).not.toContain(junk)
    for (const topic of topics) expect(topic.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('lets curated topics override and adds themes', () => {
    const curated: CuratedTopic[] = [
      { file: 'c.mdx', slug: 'sanchez', name: 'Pedro Sánchez', kind: 'person', aliases: ['Sanchez'], summary: 'PM', keywords: [] },
      { file: 'd.mdx', slug: 'casualties', name: 'Casualties', kind: 'theme', aliases: [], summary: null, keywords: ['dead'] },
    ]
    const result = analyzeCorpus([a, b], curated)
    const person = result.topics.find((topic) => topic.slug === 'sanchez')!
    expect(person.curated).toBe(true)
    expect(person.summary).toBe('PM')
    expect(person.mentions.length).toBe(3)
    expect(result.topics.some((topic) => topic.slug === 'pedro-sanchez')).toBe(false)
    expect(result.topics.find((topic) => topic.slug === 'casualties')!.mentions.map((mention) => mention.text)).toEqual(['dead'])
  })
})

describe('topic kinds', () => {
  it('keeps a name headed by an organisation word an organisation, even when its acronym reads as a first name', () => {
    // "MEI" is also the first name Mei, and the acronym is quoted more often than the full name.
    const quoted = source('q', 'Report on the harbour', [
      'The Musteji Elteel Institute (MEI) condemned the new plan near Dunbek after the council rejected about 1375 permits.',
      'Some 1,868 people were left without power in Dunbek on Saturday, the MEI told reporters.',
      'The police released the big plan after the MEI angered the new board.',
      'More than 1,178 boats were damaged in Lidun on Sunday, the MEI said.',
      'The Musteji Elteel Institute published the plans after the mayor opened the port.',
    ])
    const other = source('r', 'Survey published', ['The Musteji Elteel Institute said the harbour was cleaner.', 'The MEI swam the channel because the MEI rocked the boat.'])
    const { topics } = analyzeCorpus([quoted, other], [])
    expect(topics.find((topic) => topic.aliases.includes('MEI'))?.kind).toBe('organization')
  })

  it('still reads a place written in capitals in a dateline as a place', () => {
    const dated = source('d', 'Tunnel closed', ['ZURICH, Sept 15 (Agency) - The tunnel was closed on Sunday.', 'Traffic was sent through Zurich instead.'])
    const { topics } = analyzeCorpus([dated, source('e', 'Closure', ['The tunnel near Zurich stays shut.'])], [])
    expect(topics.find((topic) => topic.name.toLowerCase() === 'zurich')?.kind).toBe('place')
  })
})
