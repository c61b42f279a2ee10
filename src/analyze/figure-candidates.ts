/**
 * Extra candidate pairs: sentences stating nearly the same specific figure ("about 4,500
 * lorries" / "around 5,000 trucks"), which the term index misses when the two reports word
 * everything else differently. Figures are posted under buckets of a geometric scale; two values
 * within the bucket ratio share a bucket, since each value is posted in its bucket and the next.
 * Postings longer than `maxPostings` say too little and are skipped, so the work stays linear.
 */

/** Bucket ratio: values within this factor of each other always share a bucket. */
const BUCKET_RATIO = 1.25
const LOG_RATIO = Math.log(BUCKET_RATIO)

/** Pair keys (`a * size + b`, a < b) of sentences in different groups holding near figures; `figuresOf` lists each sentence's specific figure values. */
export function figureCandidates(figuresOf: readonly (readonly number[])[], groupOf: (sentence: number) => number, maxPostings: number): number[] {
  const postings = new Map<number, number[]>()
  figuresOf.forEach((values, sentence) => {
    for (const value of values) {
      if (!(value > 0)) continue
      const bucket = Math.floor(Math.log(value) / LOG_RATIO)
      for (const key of [bucket, bucket + 1]) {
        const list = postings.get(key) ?? postings.set(key, []).get(key)!
        if (list.at(-1) !== sentence && list.length <= maxPostings) list.push(sentence)
      }
    }
  })
  const size = figuresOf.length
  const pairs = new Set<number>()
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPostings) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (groupOf(list[x]!) !== groupOf(list[y]!)) pairs.add(list[x]! * size + list[y]!)
      }
    }
  }
  return [...pairs].sort((p, q) => p - q)
}
