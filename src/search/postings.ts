/** The inverted index: for each word, the ascending numbers of the documents that hold it. */
import { wordsOf, type SearchDoc } from './documents.ts'

/** Word → ascending document numbers, as entries sorted by word (UTF-16 code-unit order, as JavaScript compares strings). */
export function invertDocs(docs: Iterable<SearchDoc>): [string, number[]][] {
  const postings = new Map<string, number[]>()
  let number = 0
  for (const doc of docs) {
    for (const term of wordsOf(doc)) {
      const list = postings.get(term)
      if (list) list.push(number)
      else postings.set(term, [number])
    }
    number++
  }
  return [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Ascending numbers as the first number and then differences: small numbers make small files. */
export function deltaEncode(numbers: readonly number[]): number[] {
  return numbers.map((value, index) => (index === 0 ? value : value - numbers[index - 1]!))
}

/** The inverse of `deltaEncode`. */
export function deltaDecode(deltas: readonly number[]): number[] {
  let total = 0
  return deltas.map((delta) => (total += delta))
}
