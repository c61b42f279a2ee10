/**
 * The search input in the shape that crosses to a worker thread fastest and takes least room there:
 * each source's sentences as their ids joined in one string (with their lengths), their roles as
 * numbers into one table of role names, and their texts as a list, rather than one object per
 * sentence. At 10,000 articles (445,000 sentences) the objects took about 0.6 s of the sending
 * thread to copy; and each id and role arrived as a string of its own, with the unpacked sentence
 * objects kept beside them for the whole index. Built from a copy of that input, the index's peak
 * heap in use was about 200 MB with three lists of strings unpacked once, about 159 MB with this.
 */
import type { SearchInput, SearchSentenceInput, SearchSourceInput, SearchTopicInput } from './documents.ts'

/** A source of the input with its sentences packed. */
export interface PackedSource extends Omit<SearchSourceInput, 'sentences'> {
  /** The sentences' ids, joined. */
  ids: string
  /** Each id's length. */
  idLengths: Uint32Array
  /** Each sentence's role, as its place in `PackedSearchInput.roles`. */
  roles: Uint8Array
  texts: string[]
}

/** The search input with packed sources. */
export interface PackedSearchInput {
  topics: SearchTopicInput[]
  /** The role names the sources' roles point into. */
  roles: string[]
  sources: PackedSource[]
}

/** Packs an input for `postMessage`. */
export function packSearchInput(input: SearchInput): PackedSearchInput {
  const roles: string[] = []
  const roleNumbers = new Map<string, number>()
  const roleNumber = (role: string) => {
    let number = roleNumbers.get(role)
    if (number === undefined) {
      number = roles.push(role) - 1
      if (number > 255) throw new Error('packSearchInput: more than 256 sentence roles')
      roleNumbers.set(role, number)
    }
    return number
  }
  return {
    topics: input.topics.map(({ page, name, kind, aliases }) => ({ page, name, kind, aliases })),
    roles,
    sources: input.sources.map(({ page, title, outlet, label, sentences }) => ({
      page,
      title,
      outlet,
      label,
      ids: sentences.map((sentence) => sentence.id).join(''),
      idLengths: Uint32Array.from(sentences, (sentence) => sentence.id.length),
      roles: Uint8Array.from(sentences, (sentence) => roleNumber(sentence.role)),
      texts: sentences.map((sentence) => sentence.text),
    })),
  }
}

/**
 * The input a packed one was made from. Each source's sentences are made again whenever they are
 * read (the index reads them three times), so they are never all held at once.
 */
export function unpackSearchInput(packed: PackedSearchInput): SearchInput {
  return {
    topics: packed.topics,
    sources: packed.sources.map(({ page, title, outlet, label, ids, idLengths, roles, texts }) => ({
      page,
      title,
      outlet,
      label,
      get sentences(): SearchSentenceInput[] {
        const sentences: SearchSentenceInput[] = []
        let at = 0
        for (let i = 0; i < texts.length; i++) {
          sentences.push({ id: ids.slice(at, at + idLengths[i]!), role: packed.roles[roles[i]!]!, text: texts[i]! })
          at += idLengths[i]!
        }
        return sentences
      },
    })),
  }
}
