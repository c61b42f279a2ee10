import { resolve } from 'node:path'
import type { CuratedTopic } from '../model.ts'
import { normalizeText } from '../analyze/sentence-id.ts'
import { AnalystError, lineOf } from './analyst-error.ts'
import { readTopicFrontMatter } from './analyst-front-matter.ts'

/** A `topics` collection entry as the content layer gives it. */
export interface TopicEntry {
  id: string
  filePath?: string | undefined
  data: unknown
}

/** Turns the curated topic files into CuratedTopics; two files claiming one name or alias fail the build. */
export function curatedTopicsFrom(entries: readonly TopicEntry[], root: string): CuratedTopic[] {
  const topics = [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry): CuratedTopic => {
      const file = entry.filePath ?? `${entry.id}.mdx`
      const data = readTopicFrontMatter(entry.data, file, root)
      return { file, slug: entry.id, name: data.name, kind: data.kind, aliases: data.aliases, summary: data.summary ?? null, keywords: data.keywords }
    })
  assertNoSharedAliases(topics, root)
  return topics
}

/** Each name or alias may belong to one curated topic only. */
function assertNoSharedAliases(topics: readonly CuratedTopic[], root: string): void {
  const owner = new Map<string, CuratedTopic>()
  for (const topic of topics) {
    for (const form of new Set([topic.name, ...topic.aliases])) {
      const key = normalizeText(form)
      const first = owner.get(key)
      if (first && first !== topic) {
        throw new AnalystError(
          topic.file,
          lineOf(resolve(root, topic.file), form),
          `"${form}" is claimed by two topics: ${first.file} and ${topic.file}`,
          'keep the alias in one topic file; if they are one entity, merge the two files',
        )
      }
      owner.set(key, topic)
    }
  }
}
