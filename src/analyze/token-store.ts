/**
 * The corpus's tokens, scanned once: every sentence's words as compact parallel arrays (offsets,
 * flags, interned key ids) instead of objects, so the later passes (names, mentions, terms,
 * discrepancies) read them without scanning or folding again and without garbage.
 */
import type { Token } from './tokenize.ts'
import { LOWER_WORD, keyOf, scan, scanBuffer, tokenOf } from './tokenize.ts'

/** Interned folded words: each distinct key gets a small integer. */
export class Vocabulary {
  readonly keys: string[] = []
  private readonly ids = new Map<string, number>()

  /** The id of a key, interning it on first sight. */
  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.ids.set(key, id)
      this.keys.push(key)
    }
    return id
  }

  /** The id of a key already seen, or -1. */
  find(key: string): number {
    return this.ids.get(key) ?? -1
  }
}

/** Growable Int32 storage. */
class IntList {
  data = new Int32Array(1024)
  length = 0

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }
}

/** All tokens of a corpus, sentence after sentence. */
export class TokenStore {
  readonly vocabulary = new Vocabulary()
  /** Per key id: seen as an ordinary lower-case word somewhere in the corpus. */
  private lowerSeen = new Uint8Array(1024)
  private readonly first = new IntList()
  private readonly starts = new IntList()
  private readonly ends = new IntList()
  /** Per token: the id of its spelling (the word as written). */
  private readonly spellingIds = new IntList()
  private flagBytes = new Uint8Array(1024)
  /** Word as written → spelling id, so each distinct spelling is folded once and its string shared by every view. */
  private readonly written = new Map<string, number>()
  private readonly spellings: string[] = []
  /** Per spelling id: the key id of its folded form. */
  private readonly spellingKeys = new IntList()
  private readonly buffer = scanBuffer()

  /** Scans the next sentence's text; sentences are numbered in the order they are added. */
  add(text: string): void {
    this.first.push(this.spellingIds.length)
    const count = scan(text, this.buffer)
    for (let k = 0; k < count; k++) {
      const word = this.buffer.words[k]!
      let spelling = this.written.get(word)
      if (spelling === undefined) {
        spelling = this.spellings.length
        this.written.set(word, spelling)
        this.spellings.push(word)
        this.spellingKeys.push(this.vocabulary.id(keyOf(word)))
      }
      const flags = this.buffer.flags[k]!
      if (flags & LOWER_WORD) this.markLower(this.spellingKeys.data[spelling]!)
      this.starts.push(this.buffer.start[k]!)
      this.ends.push(this.buffer.end[k]!)
      this.spellingIds.push(spelling)
      this.pushFlags(flags)
    }
  }

  /** How many sentences were added. */
  get size(): number {
    return this.first.length
  }

  /** Index range [from, to) of a sentence's tokens in the store. */
  range(sentence: number): [number, number] {
    const from = this.first.data[sentence]!
    const to = sentence + 1 < this.first.length ? this.first.data[sentence + 1]! : this.spellingIds.length
    return [from, to]
  }

  /** Key id of the token at a store index. */
  keyAt(index: number): number {
    return this.spellingKeys.data[this.spellingIds.data[index]!]!
  }

  /** Whether a folded word was seen written in lower case as a word of its own. */
  seenLower(key: string): boolean {
    const id = this.vocabulary.find(key)
    return id >= 0 && this.lowerSeen[id] === 1
  }

  /** The sentence's tokens as objects (for the rules that read them by name). */
  tokens(sentence: number, text: string): Token[] {
    const [from, to] = this.range(sentence)
    const tokens: Token[] = new Array(to - from)
    const keys = this.vocabulary.keys
    let previousEnd = 0
    for (let index = from; index < to; index++) {
      const start = this.starts.data[index]!
      const end = this.ends.data[index]!
      const spelling = this.spellingIds.data[index]!
      tokens[index - from] = tokenOf(text, this.spellings[spelling]!, keys[this.spellingKeys.data[spelling]!]!, start, end, this.flagBytes[index]!, previousEnd)
      previousEnd = end
    }
    return tokens
  }

  /** Marks a key id as seen in lower case. */
  private markLower(id: number): void {
    if (id >= this.lowerSeen.length) {
      const next = new Uint8Array(Math.max(id + 1, this.lowerSeen.length * 2))
      next.set(this.lowerSeen)
      this.lowerSeen = next
    }
    this.lowerSeen[id] = 1
  }

  /** Appends one token's flags. */
  private pushFlags(flags: number): void {
    const at = this.spellingIds.length - 1
    if (at >= this.flagBytes.length) {
      const next = new Uint8Array(this.flagBytes.length * 2)
      next.set(this.flagBytes)
      this.flagBytes = next
    }
    this.flagBytes[at] = flags
  }
}

/** Scans every sentence text into one store. */
export function storeTokens(texts: Iterable<string>): TokenStore {
  const store = new TokenStore()
  for (const text of texts) store.add(text)
  return store
}
