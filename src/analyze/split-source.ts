import type { Article, Block, Sentence, SentenceRole, Source } from '../model.ts'
import { segmentSentences } from './segment-sentences.ts'
import { assignSentenceIds } from './sentence-id.ts'

/** A block before ids are given: its role and the texts of its sentences. */
interface DraftBlock {
  role: SentenceRole
  texts: string[]
  credit?: string | null
}

/** Splits an article into blocks of sentences with stable ids: title, standfirst, captions, body. */
export function splitSource(article: Article): Source {
  const drafts = draftBlocks(article)
  const ids = assignSentenceIds(drafts.flatMap((draft) => draft.texts))
  const sentences: Sentence[] = []
  const blocks: Block[] = drafts.map((draft, block) => {
    const own = draft.texts.map((text): Sentence => {
      const index = sentences.length
      const sentence = { id: ids[index]!, source: article.id, role: draft.role, text, block, index }
      sentences.push(sentence)
      return sentence
    })
    return draft.credit === undefined ? { role: draft.role, sentences: own } : { role: draft.role, sentences: own, credit: draft.credit }
  })
  return { article, blocks, sentences }
}

/** The article's text in reading order; the title stays one sentence whatever its punctuation. */
function draftBlocks(article: Article): DraftBlock[] {
  const drafts: DraftBlock[] = [{ role: 'title', texts: [article.title] }]
  if (article.standfirst) drafts.push({ role: 'standfirst', texts: segmentSentences(article.standfirst) })
  for (const caption of article.captions) {
    drafts.push({ role: 'caption', texts: segmentSentences(caption.text), credit: caption.credit })
  }
  for (const paragraph of article.paragraphs) drafts.push({ role: 'body', texts: segmentSentences(paragraph) })
  return drafts.filter((draft) => draft.texts.length > 0)
}
