/**
 * The corpus's topic mentions stored column-wise: per mention its topic (a small integer), start
 * and end, in parallel typed arrays, sentence after sentence. A large corpus has about a million
 * mentions; as objects (with their text sliced out) they stayed on the heap through alignment and
 * cross-references and made every full garbage collection mark them. Objects are made on demand:
 * a sentence's mentions when a rule reads them, and the topics' spans once, at the end.
 */
import type { Sentence, Span } from '../model.ts'
import type { Mention } from './match-mentions.ts'
import { IntList } from './token-store.ts'

/** Mentions sentence by sentence; sentences are numbered in the order they are closed (`endSentence`). */
export class MentionColumns {
  /** Per sentence: index of its first mention (the count at the end, once closed). */
  private readonly first = new IntList()
  private readonly topics = new IntList()
  private readonly starts = new IntList()
  private readonly ends = new IntList()
  private readonly ids = new Map<string, number>()
  /** Topic slugs by id, in order of first mention. */
  readonly slugs: string[] = []

  constructor() {
    this.first.push(0)
  }

  /** Adds a mention to the sentence being filled. */
  add(slug: string, start: number, end: number): void {
    let id = this.ids.get(slug)
    if (id === undefined) {
      id = this.slugs.length
      this.ids.set(slug, id)
      this.slugs.push(slug)
    }
    this.topics.push(id)
    this.starts.push(start)
    this.ends.push(end)
  }

  /** Closes the sentence being filled. */
  endSentence(): void {
    this.first.push(this.topics.length)
  }

  /** How many sentences are closed. */
  get sentences(): number {
    return this.first.length - 1
  }

  /** How many mentions in all. */
  get size(): number {
    return this.topics.length
  }

  /** A sentence's mentions as objects, as `matchMentions` gives them. */
  of(index: number, sentence: Sentence): Mention[] {
    const from = this.first.data[index]!
    const to = this.first.data[index + 1]!
    const mentions: Mention[] = new Array(to - from)
    for (let k = from; k < to; k++) {
      const start = this.starts.data[k]!
      const end = this.ends.data[k]!
      mentions[k - from] = { slug: this.slugs[this.topics.data[k]!]!, source: sentence.source, sentence: sentence.id, text: sentence.text.slice(start, end), start, end }
    }
    return mentions
  }

  /** How many mentions each slug has. */
  counts(): Map<string, number> {
    const perTopic = new Int32Array(this.slugs.length)
    for (let k = 0; k < this.topics.length; k++) perTopic[this.topics.data[k]!]!++
    return new Map(this.slugs.map((slug, id) => [slug, perTopic[id]!]))
  }

  /** Each slug's mentions as spans, in corpus order; `sentences` are the closed sentences, in order. */
  spans(sentences: readonly Sentence[]): Map<string, Span[]> {
    const lists = this.slugs.map((): Span[] => [])
    for (let index = 0; index < this.sentences; index++) {
      const sentence = sentences[index]!
      for (let k = this.first.data[index]!; k < this.first.data[index + 1]!; k++) {
        const start = this.starts.data[k]!
        const end = this.ends.data[k]!
        lists[this.topics.data[k]!]!.push({ source: sentence.source, sentence: sentence.id, text: sentence.text.slice(start, end), start, end })
      }
    }
    return new Map(this.slugs.map((slug, id) => [slug, lists[id]!]))
  }
}
