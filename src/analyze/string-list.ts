/**
 * A list of strings kept as one string and the offset where each ends: two heap objects instead
 * of one per string. Extracts hold their sources' words so (some 6 million strings at 10,000
 * sources, 210 MB of heap that every full garbage collection of the analysis marked), and one
 * string crosses between threads as a single copy.
 */

/** Strings end to end: string k is `text.slice(startOf(list, k), list.ends[k])`. */
export interface StringList {
  text: string
  ends: Int32Array
}

/** The strings of a list joined. */
export function joinStrings(strings: readonly string[]): StringList {
  const ends = new Int32Array(strings.length)
  let end = 0
  for (let k = 0; k < strings.length; k++) ends[k] = end += strings[k]!.length
  return { text: strings.join(''), ends }
}

/** Where string k starts in the list's text. */
export function startOf(list: StringList, k: number): number {
  return k === 0 ? 0 : list.ends[k - 1]!
}

/** String k of a list. */
export function stringAt(list: StringList, k: number): string {
  return list.text.slice(startOf(list, k), list.ends[k])
}

/** All strings of a list. */
export function splitStrings(list: StringList): string[] {
  return Array.from(list.ends, (_, k) => stringAt(list, k))
}
