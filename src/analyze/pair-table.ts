/**
 * A hash table keyed by a pair of non-negative 32-bit integers (a sentence and a source), giving
 * each distinct pair a dense index for the caller's own typed arrays: no key number boxed on the
 * heap and no object per entry, where a `Map<number, {…}>` keyed by `sentence * sources + source`
 * made both for every scored sentence pair of a large corpus.
 */
export class PairTable {
  private first: Int32Array
  private second: Int32Array
  /** Per slot: entry index + 1, or 0 when free. */
  private slots: Int32Array
  /** How many distinct pairs. */
  size = 0

  /** A table that holds up to `capacity` pairs without growing. */
  constructor(capacity = 16) {
    const room = Math.max(16, capacity)
    this.first = new Int32Array(room)
    this.second = new Int32Array(room)
    let slots = 32
    while (slots < room * 2) slots *= 2
    this.slots = new Int32Array(slots)
  }

  /** The index of a pair, or -1 when absent. */
  find(x: number, y: number): number {
    const mask = this.slots.length - 1
    for (let slot = hashPair(x, y) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1
      if (entry < 0) return -1
      if (this.first[entry] === x && this.second[entry] === y) return entry
    }
  }

  /** The index of a pair, added (as the next index, `size - 1`) when absent. */
  add(x: number, y: number): number {
    const mask = this.slots.length - 1
    for (let slot = hashPair(x, y) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1
      if (entry < 0) return this.insert(slot, x, y)
      if (this.first[entry] === x && this.second[entry] === y) return entry
    }
  }

  /** Puts a new pair in a free slot; grows when half full. */
  private insert(slot: number, x: number, y: number): number {
    const entry = this.size++
    if (entry >= this.first.length) {
      const first = new Int32Array(this.first.length * 2)
      first.set(this.first)
      this.first = first
      const second = new Int32Array(this.second.length * 2)
      second.set(this.second)
      this.second = second
    }
    this.first[entry] = x
    this.second[entry] = y
    this.slots[slot] = entry + 1
    if (this.size * 2 > this.slots.length) this.rehash()
    return entry
  }

  /** Doubles the slot table. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let entry = 0; entry < this.size; entry++) {
      let slot = hashPair(this.first[entry]!, this.second[entry]!) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = entry + 1
    }
    this.slots = slots
  }
}

/** A mix of two 32-bit integers whose low bits spread. */
function hashPair(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y ^ (y >>> 16), 0x85ebca6b)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  h ^= h >>> 12
  return h >>> 0
}
