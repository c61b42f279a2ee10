/** Numbers written in words ("Eight thousand", "twenty-five", "a dozen") and their values. */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
}

/** Multipliers, in words and abbreviations. */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
}

/** A regex source matching a number in words. */
export const NUMBER_WORDS_SOURCE = `(?:a\\s+dozen|(?:${Object.keys(SMALL).filter((w) => w !== 'dozen').join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:hundred|thousand|million|billion)(?:\\s+and)?(?:\\s+(?:${Object.keys(SMALL).filter((w) => w !== 'dozen').join('|')}))?)*)`

/** The value of a number in words, or null. */
export function parseNumberWords(text: string): number | null {
  let total = 0
  let current = 0
  let seen = false
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'a' || word === 'and') continue
    const small = SMALL[word]
    if (small !== undefined) { current += small; seen = true; continue }
    const scale = SCALES[word]
    if (scale === undefined) return null
    if (scale === 100) current = (current || 1) * 100
    else { total += (current || 1) * scale; current = 0 }
    seen = true
  }
  return seen ? total + current : null
}
