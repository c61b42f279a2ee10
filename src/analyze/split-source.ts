import type { Article, Block, Sentence, SentenceRole, Source } from '../model.ts'
import { segmentSentenceSpans, type SentenceSpan } from './segment-sentences.ts'
import { assignSentenceIds } from './sentence-id.ts'

/** A block before ids are given: its role and its sentences. */
interface DraftBlock {
  role: SentenceRole
  spans: SentenceSpan[]
  credit?: string | null
}

/** Splits an article into blocks of sentences with stable ids: title, standfirst, captions, body. */
export function splitSource(article: Article): Source {
  const drafts = draftBlocks(article)
  const ids = assignSentenceIds(drafts.flatMap((draft) => draft.spans.map((span) => span.text)))
  const sentences: Sentence[] = []
  const blocks: Block[] = drafts.map((draft, block) => {
    const own = draft.spans.map(({ text, gap }): Sentence => {
      const index = sentences.length
      const sentence = { id: ids[index]!, source: article.id, role: draft.role, text, gap, block, index }
      sentences.push(sentence)
      return sentence
    })
    return draft.credit === undefined ? { role: draft.role, sentences: own } : { role: draft.role, sentences: own, credit: draft.credit }
  })
  return { article, blocks, sentences }
}

/** The article's text in reading order; the title stays one sentence whatever its punctuation. */
function draftBlocks(article: Article): DraftBlock[] {
  const drafts: DraftBlock[] = [{ role: 'title', spans: [{ text: article.title, gap: '' }] }]
  if (article.standfirst) drafts.push({ role: 'standfirst', spans: segmentSentenceSpans(article.standfirst) })
  for (const caption of article.captions) {
    drafts.push({ role: 'caption', spans: segmentSentenceSpans(caption.text), credit: caption.credit })
  }
  for (const paragraph of article.paragraphs) drafts.push({ role: 'body', spans: segmentSentenceSpans(paragraph) })
  return drafts.filter((draft) => draft.spans.length > 0)
}
