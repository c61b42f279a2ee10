/**
 * Interns words as written straight from their place in a text: the hash is computed over the
 * character codes and a known word is recognised without slicing it, so scanning a corpus makes
 * one string per distinct word instead of one per token (the main source of garbage before).
 */

/** Distinct words as written, each with a small integer id. */
export class SpellingTable {
  words: string[] = []
  private slots = new Int32Array(1 << 12).fill(-1)
  private hashes = new Int32Array(1 << 11)

  /** The id of text[start, end), interning it on first sight. */
  intern(text: string, start: number, end: number): number {
    const hash = hashRange(text, start, end)
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!
      if (id < 0) return this.insert(slot, hash, text.slice(start, end))
      if (this.hashes[id] === hash) {
        const word = this.words[id]!
        if (word.length === end - start && sameChars(word, text, start)) return id
      }
    }
  }

  /** Empties the table, keeping its memory (for scanning source after source). */
  reset(): void {
    this.words = []
    this.slots.fill(-1)
  }

  /** How many distinct words. */
  get size(): number {
    return this.words.length
  }

  /** Adds a new word at a free slot; grows the table when half full. */
  private insert(slot: number, hash: number, word: string): number {
    const id = this.words.length
    this.words.push(word)
    if (id >= this.hashes.length) {
      const next = new Int32Array(this.hashes.length * 2)
      next.set(this.hashes)
      this.hashes = next
    }
    this.hashes[id] = hash
    this.slots[slot] = id
    if (this.words.length * 2 > this.slots.length) this.rehash()
    return id
  }

  /** Doubles the slot table. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1)
    const mask = slots.length - 1
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask
      while (slots[slot]! >= 0) slot = (slot + 1) & mask
      slots[slot] = id
    }
    this.slots = slots
  }
}

/** Whether `text` holds `word` at `start` (a plain loop: faster than startsWith on short words). */
function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

/** FNV-1a over UTF-16 code units, finished with a mix so that the low bits spread. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  h ^= h >>> 12
  return h & 0x7fffffff
}
