/**
 * The corpus's tokens, scanned once: every sentence's words as compact parallel arrays (offsets,
 * flags, interned key ids) instead of objects, so the later passes (names, mentions, terms,
 * discrepancies) read them without scanning or folding again and without garbage.
 */
import type { Token } from './tokenize.ts'
import { SpellingTable } from './spelling-table.ts'
import { joinStrings, startOf, stringAt } from './string-list.ts'
import type { StringList } from './string-list.ts'
import { LOWER_WORD, fillToken, keyOf, scan, scanBuffer, tokenOf } from './tokenize.ts'

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

/** Growable Uint8 storage. */
class ByteList {
  data = new Uint8Array(1024)
  length = 0

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = value
  }

  /** Makes room for `more` values beyond the current length. */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return
    const next = new Uint8Array(this.length + more)
    next.set(this.data.subarray(0, this.length))
    this.data = next
  }

  /** Appends many values. */
  append(values: Uint8Array): void {
    while (this.length + values.length > this.data.length) {
      const next = new Uint8Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data.set(values, this.length)
    this.length += values.length
  }

  /** A copy of the values. */
  toArray(): Uint8Array {
    return this.data.slice(0, this.length)
  }
}

/** Growable Int32 storage. */
export class IntList {
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

  /** Makes room for `more` values beyond the current length (filled by the caller, who then sets `length`). */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return
    let size = this.data.length * 2
    while (size < this.length + more) size *= 2
    const next = new Int32Array(size)
    next.set(this.data.subarray(0, this.length))
    this.data = next
  }

  /** Appends many values. */
  append(values: Int32Array): void {
    while (this.length + values.length > this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data.set(values, this.length)
    this.length += values.length
  }

  /** A copy of the values. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length)
  }
}

/** One source's scanned tokens (see `extractTokens`): parallel typed arrays, and its distinct words as arrays of strings. */
export interface ScannedTokens {
  /** Per sentence: index of its first token, plus the token count at the end (length = sentences + 1). */
  first: Int32Array
  start: Int32Array
  end: Int32Array
  flags: Uint8Array
  /** Per token: index into `spellings`. */
  spelling: Int32Array
  /** Distinct words as written, in order of first use. */
  spellings: string[]
  /** The folded key of each spelling. */
  keys: string[]
}

/** One source's tokens as an extract keeps them (see `packTokens`): typed arrays and two strings, structured-clone-able. */
export interface SourceTokens extends Omit<ScannedTokens, 'spellings' | 'keys'> {
  spellings: StringList
  keys: StringList
}

/** Working memory of `extractTokens`, reused from source to source: allocating typed arrays per source cost more than the scan. */
const work = { table: new SpellingTable(), buffer: scanBuffer(), start: new IntList(), end: new IntList(), spelling: new IntList(), flags: new ByteList() }

/** Scans one source's sentence texts into compact tokens. */
export function extractTokens(texts: readonly string[]): ScannedTokens {
  const { table, buffer, start, end, spelling, flags } = work
  table.reset()
  start.length = end.length = spelling.length = flags.length = 0
  const first = new Int32Array(texts.length + 1)
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!
    first[i] = spelling.length
    const count = scan(text, buffer)
    for (let k = 0; k < count; k++) {
      start.push(buffer.start[k]!)
      end.push(buffer.end[k]!)
      flags.push(buffer.flags[k]!)
      spelling.push(table.intern(text, buffer.start[k]!, buffer.end[k]!))
    }
  }
  first[texts.length] = spelling.length
  return {
    first, start: start.toArray(), end: end.toArray(), flags: flags.toArray(), spelling: spelling.toArray(),
    spellings: table.words, keys: table.words.map(keyOf),
  }
}

/** Scanned tokens with their words joined, as an extract keeps them. */
export function packTokens(tokens: ScannedTokens): SourceTokens {
  return { ...tokens, spellings: joinStrings(tokens.spellings), keys: joinStrings(tokens.keys) }
}

/** Reuses token objects from call to call (the passes read a sentence's tokens, then drop them): far less garbage. */
export class TokenPool {
  readonly objects: Token[] = []
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
  private readonly flagBytes = new ByteList()
  /** Words as written, interned from the text without slicing, so each distinct spelling is folded once. */
  private readonly written = new SpellingTable()
  /** Per spelling id: the key id of its folded form. */
  private readonly spellingKeys = new IntList()
  private readonly buffer = scanBuffer()

  /** Scans the next sentence's text; sentences are numbered in the order they are added. */
  add(text: string): void {
    this.first.push(this.spellingIds.length)
    const count = scan(text, this.buffer)
    for (let k = 0; k < count; k++) {
      const start = this.buffer.start[k]!
      const end = this.buffer.end[k]!
      const spelling = this.spellingOf(text, start, end)
      this.push(start, end, spelling, this.buffer.flags[k]!)
    }
  }

  /**
   * Makes room for this many more sentences and tokens, so that adding them allocates each column
   * once: at 10,000 sources, growing by doubling allocated some 250 MB of arrays, and the garbage
   * collector ran three full collections over the analysis's heap to keep up.
   */
  reserve(sentences: number, tokens: number): void {
    this.first.reserve(sentences)
    for (const list of [this.starts, this.ends, this.spellingIds, this.flagBytes]) list.reserve(tokens)
  }

  /** Appends one source's scanned tokens (its sentences in order). */
  addSource(tokens: SourceTokens): void {
    const { spellings, keys } = tokens
    const local = new Int32Array(spellings.ends.length)
    const lower = new Uint8Array(spellings.ends.length)
    // Each spelling is interned from its place in the joined text; a new one's key is the one the source's scan folded already (made by keyOf as spellingOf would).
    for (let k = 0; k < local.length; k++) local[k] = this.spellingOf(spellings.text, startOf(spellings, k), spellings.ends[k]!, keys, k)
    const base = this.spellingIds.length
    const sentences = tokens.first.length - 1
    for (let i = 0; i < sentences; i++) this.first.push(base + tokens.first[i]!)
    const count = tokens.spelling.length
    this.starts.append(tokens.start)
    this.ends.append(tokens.end)
    this.flagBytes.append(tokens.flags)
    this.spellingIds.reserve(count)
    const ids = this.spellingIds.data
    for (let t = 0; t < count; t++) {
      const spelling = tokens.spelling[t]!
      ids[base + t] = local[spelling]!
      if (tokens.flags[t]! & LOWER_WORD) lower[spelling] = 1
    }
    this.spellingIds.length = base + count
    for (let k = 0; k < lower.length; k++) if (lower[k]) this.markLower(this.spellingKeys.data[local[k]!]!)
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

  /** The sentence's tokens as objects (for the rules that read them by name); with a pool, its objects are reused (and overwritten by the next call with that pool). */
  tokens(sentence: number, text: string, pool?: TokenPool): Token[] {
    const [from, to] = this.range(sentence)
    const keys = this.vocabulary.keys
    const spellingKeys = this.spellingKeys.data
    return tokenObjects(text, from, to, this.starts.data, this.ends.data, this.flagBytes.data, this.spellingIds.data, this.written.words, (spelling) => keys[spellingKeys[spelling]!]!, pool)
  }

  /** The spelling id of text[start, end), folding (unless its key is in `keys` at `k`) and interning its key on first sight. */
  private spellingOf(text: string, start: number, end: number, keys?: StringList, k = 0): number {
    const spelling = this.written.intern(text, start, end)
    if (spelling === this.spellingKeys.length) this.spellingKeys.push(this.vocabulary.id(keys ? stringAt(keys, k) : keyOf(this.written.words[spelling]!)))
    return spelling
  }

  /** Appends one token. */
  private push(start: number, end: number, spelling: number, flags: number): void {
    if (flags & LOWER_WORD) this.markLower(this.spellingKeys.data[spelling]!)
    this.starts.push(start)
    this.ends.push(end)
    this.spellingIds.push(spelling)
    this.flagBytes.push(flags)
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
}

/** One sentence of a source's scanned tokens as objects (see `TokenStore.tokens`). */
export function sourceTokenObjects(tokens: ScannedTokens, sentence: number, text: string, pool?: TokenPool): Token[] {
  return tokenObjects(text, tokens.first[sentence]!, tokens.first[sentence + 1]!, tokens.start, tokens.end, tokens.flags, tokens.spelling, tokens.spellings, (spelling) => tokens.keys[spelling]!, pool)
}

/** Token objects for the store indices [from, to) of parallel arrays. */
function tokenObjects(text: string, from: number, to: number, starts: Int32Array, ends: Int32Array, flagBytes: Uint8Array, spellingIds: Int32Array, spellings: readonly string[], keyOfSpelling: (spelling: number) => string, pool: TokenPool | undefined): Token[] {
  const tokens: Token[] = new Array(to - from)
  let previousEnd = 0
  for (let index = from; index < to; index++) {
    const start = starts[index]!
    const end = ends[index]!
    const spelling = spellingIds[index]!
    const word = spellings[spelling]!
    const key = keyOfSpelling(spelling)
    const flags = flagBytes[index]!
    const k = index - from
    if (pool) {
      let token = pool.objects[k]
      if (token === undefined) pool.objects.push(token = tokenOf(text, word, key, start, end, flags, previousEnd))
      else fillToken(token, text, word, key, start, end, flags, previousEnd)
      tokens[k] = token
    } else {
      tokens[k] = tokenOf(text, word, key, start, end, flags, previousEnd)
    }
    previousEnd = end
  }
  return tokens
}

/** Scans every sentence text into one store. */
export function storeTokens(texts: Iterable<string>): TokenStore {
  const store = new TokenStore()
  for (const text of texts) store.add(text)
  return store
}
