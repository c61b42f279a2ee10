/** What only one source reports: its body sentences that no cross-reference links to another source. */
import type { CrossRef, Source } from '../model.ts'

/** Per source id, the ids of its body sentences in no cross-reference, in reading order. */
export function uniqueSentences(sources: readonly Source[], crossrefs: readonly CrossRef[]): Record<string, string[]> {
  // Linked sentence ids per source (no key string per member).
  const linked = new Map<string, Set<string>>()
  for (const ref of crossrefs) {
    for (const member of ref.members) {
      let ids = linked.get(member.source)
      if (!ids) linked.set(member.source, ids = new Set())
      ids.add(member.sentence)
    }
  }
  const none = new Set<string>()
  const unique: Record<string, string[]> = {}
  for (const source of sources) {
    const ids = linked.get(source.article.id) ?? none
    unique[source.article.id] = source.sentences
      .filter((sentence) => sentence.role === 'body' && !ids.has(sentence.id))
      .map((sentence) => sentence.id)
  }
  return unique
}
