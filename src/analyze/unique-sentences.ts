/** What only one source reports: its body sentences that no cross-reference links to another source. */
import type { CrossRef, Source } from '../model.ts'

/** Per source id, the ids of its body sentences in no cross-reference, in reading order. */
export function uniqueSentences(sources: readonly Source[], crossrefs: readonly CrossRef[]): Record<string, string[]> {
  const linked = new Set(crossrefs.flatMap((ref) => ref.members.map((member) => `${member.source}#${member.sentence}`)))
  const unique: Record<string, string[]> = {}
  for (const source of sources) {
    unique[source.article.id] = source.sentences
      .filter((sentence) => sentence.role === 'body' && !linked.has(`${source.article.id}#${sentence.id}`))
      .map((sentence) => sentence.id)
  }
  return unique
}
