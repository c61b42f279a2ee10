import type { Source } from '../model.ts'

/**
 * Anchoring a W3C Web Annotation TextQuoteSelector in a source: the exact words first; then the
 * same words up to case, spacing, quote marks and dashes; then the closest passage within a few
 * edits. The result is a range in each sentence it covers, so a note may span sentences.
 */

export interface TextQuoteSelector {
  exact: string
  prefix?: string | undefined
  suffix?: string | undefined
}

/** A piece of the anchored passage inside one sentence. */
export interface AnchorSegment {
  sentence: string
  start: number
  end: number
}

export type AnchorResult =
  | { found: true; how: 'exact' | 'normalized' | 'fuzzy'; segments: AnchorSegment[] }
  | { found: false; closest: string; edits: number }

/** The source's text as one string, and where each sentence sits in it. */
interface Flat {
  text: string
  sentences: { id: string; start: number; end: number }[]
}

/** Joins the sentences: their own gap within a block, a line break between blocks. */
function flatten(source: Source): Flat {
  let text = ''
  const sentences: Flat['sentences'] = []
  let previous: Source['sentences'][number] | undefined
  for (const sentence of source.sentences) {
    if (previous) text += sentence.block === previous.block ? previous.gap : '\n'
    previous = sentence
    sentences.push({ id: sentence.id, start: text.length, end: text.length + sentence.text.length })
    text += sentence.text
  }
  return { text, sentences }
}

/** Folds case, quotes, dashes and spacing; `map[i]` is the original index of normalised char i. */
function normalizeWithMap(text: string): { text: string; map: number[] } {
  let out = ''
  const map: number[] = []
  let lastSpace = true
  for (let i = 0; i < text.length; i++) {
    let char = text[i]!
    if (/\s/.test(char)) {
      if (lastSpace) continue
      char = ' '
      lastSpace = true
    } else {
      lastSpace = false
      char = char.toLowerCase().replace(/[‘’‚‛′]/, "'").replace(/[“”„‟″«»]/, '"').replace(/[‐‑‒–—―−]/, '-')
    }
    out += char
    map.push(i)
  }
  return { text: out, map }
}

/** All start indices of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  for (let at = haystack.indexOf(needle); at >= 0 && needle; at = haystack.indexOf(needle, at + 1)) found.push(at)
  return found
}

/** How well the text around a match agrees with the selector's prefix and suffix (characters in common). */
function contextScore(text: string, start: number, end: number, selector: TextQuoteSelector): number {
  let score = 0
  const prefix = selector.prefix ?? ''
  const suffix = selector.suffix ?? ''
  for (let i = 1; i <= prefix.length && text[start - i] === prefix[prefix.length - i]; i++) score++
  for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i++) score++
  return score
}

/** Picks the occurrence whose surroundings best match prefix and suffix. */
function bestOccurrence(text: string, starts: number[], length: number, selector: TextQuoteSelector): number | undefined {
  let best: number | undefined
  let bestScore = -1
  for (const start of starts) {
    const score = contextScore(text, start, start + length, selector)
    if (score > bestScore) [best, bestScore] = [start, score]
  }
  return best
}

/** The closest substring of `text` to `pattern` (Sellers' approximate matching), with its edit count. */
export function closestSubstring(text: string, pattern: string): { start: number; end: number; edits: number } {
  const m = pattern.length
  let previous = Array.from({ length: m + 1 }, (_, i) => i)
  let previousStart = new Array<number>(m + 1).fill(0)
  let best = { start: 0, end: 0, edits: m }
  for (let j = 1; j <= text.length; j++) {
    const current = [0]
    const currentStart = [j]
    for (let i = 1; i <= m; i++) {
      const substitute = previous[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1)
      const skipText = previous[i]! + 1
      const skipPattern = current[i - 1]! + 1
      if (substitute <= skipText && substitute <= skipPattern) {
        current.push(substitute)
        currentStart.push(previousStart[i - 1]!)
      } else if (skipText <= skipPattern) {
        current.push(skipText)
        currentStart.push(previousStart[i]!)
      } else {
        current.push(skipPattern)
        currentStart.push(currentStart[i - 1]!)
      }
    }
    if (current[m]! < best.edits) best = { start: currentStart[m]!, end: j, edits: current[m]! }
    previous = current
    previousStart = currentStart
  }
  return best
}

/** Edits allowed for a fuzzy match: about one in ten characters. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 10))
}

/** Splits a range of the flat text into per-sentence segments. */
function segmentsOf(flat: Flat, start: number, end: number): AnchorSegment[] {
  return flat.sentences
    .filter((sentence) => sentence.end > start && sentence.start < end)
    .map((sentence) => ({
      sentence: sentence.id,
      start: Math.max(start, sentence.start) - sentence.start,
      end: Math.min(end, sentence.end) - sentence.start,
    }))
}

/** Anchors a selector in a source. */
export function anchorTextQuote(source: Source, selector: TextQuoteSelector): AnchorResult {
  const flat = flatten(source)
  const exact = bestOccurrence(flat.text, occurrences(flat.text, selector.exact), selector.exact.length, selector)
  if (exact !== undefined) return { found: true, how: 'exact', segments: segmentsOf(flat, exact, exact + selector.exact.length) }

  const text = normalizeWithMap(flat.text)
  const pattern = normalizeWithMap(selector.exact).text.trim()
  const loose = bestOccurrence(text.text, occurrences(text.text, pattern), pattern.length, { exact: pattern })
  const toOriginal = (start: number, end: number) => [text.map[start]!, text.map[end - 1]! + 1] as const
  if (loose !== undefined) {
    const [start, end] = toOriginal(loose, loose + pattern.length)
    return { found: true, how: 'normalized', segments: segmentsOf(flat, start, end) }
  }
  const closest = closestSubstring(text.text, pattern)
  const [start, end] = closest.end > closest.start ? toOriginal(closest.start, closest.end) : [0, 0]
  if (closest.edits <= allowedEdits(pattern.length) && end > start) {
    return { found: true, how: 'fuzzy', segments: segmentsOf(flat, start, end) }
  }
  return { found: false, closest: flat.text.slice(start, end), edits: closest.edits }
}
