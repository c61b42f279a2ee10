/**
 * Sorting of large lists of non-negative integer keys held in doubles (pair keys `a * size + b`,
 * postings entries `slot * size + sentence`): a least-significant-digit radix sort, linear in the
 * list's length, where `Float64Array.prototype.sort` compared its way through millions of values.
 */

/** Bits per pass: 2^13 counters fit in the first-level cache. */
const DIGIT_BITS = 13
const DIGITS = 1 << DIGIT_BITS
/** Keeps a digit: `&` takes the low 32 bits of any integer double below 2^53 exactly. */
const MASK = DIGITS - 1

/**
 * Sorts `values` by `Math.floor(value / scale)`, ascending and stable (values of one key keep their
 * order), where that key is an integer in [0, 2^bits). With `scale` 1 this is a plain ascending sort;
 * with a larger scale and values already ascending within each key, the result is also fully ascending.
 * Values must stay below 2^53. Returns a sorted array: `values` itself or a scratch array of the same length (`values` is overwritten).
 */
export function radixSort(values: Float64Array, bits: number, scale = 1): Float64Array {
  let from: Float64Array = values
  let to: Float64Array = new Float64Array(values.length)
  const counts = new Int32Array(DIGITS)
  for (let shift = 0; shift < bits; shift += DIGIT_BITS) {
    const divisor = 2 ** shift // exact: the key is an integer below 2^53
    counts.fill(0)
    for (let k = 0; k < from.length; k++) counts[Math.floor(Math.floor(from[k]! / scale) / divisor) & MASK]!++
    // The pass changes nothing when every value has one digit: skip the copy.
    if (counts.some((count) => count === from.length)) continue
    let sum = 0
    for (let d = 0; d < DIGITS; d++) {
      const count = counts[d]!
      counts[d] = sum
      sum += count
    }
    for (let k = 0; k < from.length; k++) {
      const value = from[k]!
      to[counts[Math.floor(Math.floor(value / scale) / divisor) & MASK]!++] = value
    }
    const swap = from
    from = to
    to = swap
  }
  return from
}

/** Bits needed to hold integers below `limit` (at least 1). */
export function bitsFor(limit: number): number {
  let bits = 1
  while (2 ** bits < limit) bits++
  return bits
}
