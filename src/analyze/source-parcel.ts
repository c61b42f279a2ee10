/**
 * A source as sent to an extract worker: its sentences as parallel arrays of strings instead of
 * one object per sentence. Cloning strings is a copy of their characters; cloning a sentence
 * object is a property walk on both sides, which cost more than half of what the workers saved
 * (10,000 sources: ~1.7 s of CPU as objects, ~0.2 s as parcels).
 * Only a source shaped as `splitSource` makes it (each sentence's `source`, `role`, `block` and
 * `index` following from its place, the blocks' sentences being the source's) can be packed;
 * `unpackSource` rebuilds it with the same properties in the same order (and the blocks sharing
 * the sentence objects), so a worker serializing the rebuilt source for a build cache writes what
 * reads back as the source it was given.
 */
import type { Article, Block, Sentence, SentenceRole, Source } from '../model.ts'
import type { ExtractInput } from './extract-source.ts'

/** A packed source. `article` is the whole article only when the worker must hand the source back serialized. */
export interface SourceParcel {
  article: Article | Pick<Article, 'id'>
  /** Per sentence, in reading order. */
  texts: string[]
  ids: string[]
  gaps: string[]
  /** Per block: its role, its sentence count, its credit (undefined: the block has no `credit` property). */
  roles: SentenceRole[]
  sizes: Int32Array
  credits: (string | null | undefined)[]
}

/** Whether a source has the shape `unpackSource` rebuilds (as every source from splitSource has). */
export function isPackable(source: Source): boolean {
  let index = 0
  for (let b = 0; b < source.blocks.length; b++) {
    const block = source.blocks[b]!
    if ('credit' in block && block.credit === undefined) return false
    for (const sentence of block.sentences) {
      if (source.sentences[index] !== sentence || sentence.index !== index || sentence.block !== b || sentence.role !== block.role || sentence.source !== source.article.id) return false
      index++
    }
  }
  return index === source.sentences.length
}

/** Packs a source (see `isPackable`); with `whole`, its article goes along entire, else only its id. */
export function packSource(source: Source, whole: boolean): SourceParcel {
  const { sentences, blocks } = source
  return {
    article: whole ? source.article : { id: source.article.id },
    texts: sentences.map((sentence) => sentence.text),
    ids: sentences.map((sentence) => sentence.id),
    gaps: sentences.map((sentence) => sentence.gap),
    roles: blocks.map((block) => block.role),
    sizes: Int32Array.from(blocks, (block) => block.sentences.length),
    credits: blocks.map((block) => block.credit),
  }
}

/** The source a parcel was packed from (with a whole article only when it was sent whole). */
export function unpackSource(parcel: SourceParcel): ExtractInput & { article: SourceParcel['article'] } {
  const sentences: Sentence[] = []
  const source = parcel.article.id
  const blocks = parcel.roles.map((role, block): Block => {
    const own: Sentence[] = []
    for (let k = 0; k < parcel.sizes[block]!; k++) {
      const index = sentences.length
      // The properties in splitSource's order.
      const sentence: Sentence = { id: parcel.ids[index]!, source, role, text: parcel.texts[index]!, gap: parcel.gaps[index]!, block, index }
      sentences.push(sentence)
      own.push(sentence)
    }
    const credit = parcel.credits[block]
    return credit === undefined ? { role, sentences: own } : { role, sentences: own, credit }
  })
  return { article: parcel.article, blocks, sentences }
}
