/**
 * Figures a sentence states: a number with its qualifier ("more than", "at least") and what it
 * counts or measures ("24 targets", "620 miles", "$2.5 million"), normalised to a value.
 * Years and dates are left out: they are not figures a reader compares.
 */
import type { Figure, Sentence } from '../model.ts'
import { NUMBER_WORDS_SOURCE, SCALES, parseNumberWords } from './number-words.ts'
import { CURRENCY_WORDS, HYPHEN_UNITS, UNITS } from './units.ts'
import { MONTHS, STOPWORDS } from './word-lists.ts'

const QUALIFIERS = [
  'more than', 'over', 'at least', 'about', 'around', 'nearly', 'almost', 'up to', 'some', 'roughly',
  'approximately', 'fewer than', 'less than', 'as many as', 'upwards of', 'an estimated', 'estimated',
  'close to', 'under', 'just over', 'just under', 'below', 'above', 'at most', 'no fewer than',
  'no more than', 'well over', 'a further estimate of', 'an estimate of', 'approx',
]

const CURRENCIES: Record<string, string> = { ...CURRENCY_WORDS, $: 'USD', 'us$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' }

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const SCALE = String.raw`(?:\s?(?:million|billion|trillion|thousand|hundred)|(?:m|bn|mn|k)\b)`
/** Unit symbols written against the number: "9.4km", "1,000C" ("40m" stays a scale: millions). */
const GLUED_UNIT = String.raw`(?<glued>km|kg|ft|°C|°F|C|F)`
const AMOUNT = String.raw`(?:(?<currency>US\$|\$|£|€|¥|(?:CHF|SFr|USD|EUR|GBP|JPY)(?=\s?\d))\s?)?(?:(?<digits>${DIGITS})(?<scale>${SCALE})?|(?<words>${NUMBER_WORDS_SOURCE}))`
const RANGE_TAIL = String.raw`(?:\s?(?:-|–|to|and)\s?(?<upper>${DIGITS})(?<upperScale>${SCALE})?)?`
const QUALIFIER = `(?:(?<qualifier>${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')}|between)\\s+)?`
/** A hyphen joins a number to a word only in a measure ("290-metre ship", not "four-year-old"); a digit after a dot is a time or a decimal cut short. */
const NOT_AFTER = String.raw`(?![\p{L}\p{N}]|-(?!(?:${HYPHEN_UNITS.join('|')})(?![\p{L}\-]))\p{L}|,\d|:\d|\.\d)`
const FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}$£€.,:\-])${QUALIFIER}${AMOUNT}${RANGE_TAIL}${GLUED_UNIT}?${NOT_AFTER}`, 'giu')

export { UNITS }

/** A cheap test that a text may hold a figure: a digit, a currency sign or a number word at a word start. */
const MAY_HOLD_FIGURE = new RegExp(String.raw`[\d$£€¥]|(?<![\p{L}\p{N}])(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen)`, 'iu')

/** Number words a figure in words starts with (MAY_HOLD_FIGURE's words; "a dozen" by its "dozen"). */
const NUMBER_WORD_STARTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozen']

/** Whether a folded word (a token's key) starts with a number word: "ten", "tenth", "Tenerife" all do. */
export function startsNumberWord(key: string): boolean {
  const words = BY_FIRST_LETTER[key.charCodeAt(0)]
  if (words === undefined) return false
  for (const word of words) if (key.startsWith(word)) return true
  return false
}

/** The number words by the code of their first letter (a key starting with any other letter needs no comparison). */
const BY_FIRST_LETTER: (string[] | undefined)[] = []
for (const word of NUMBER_WORD_STARTS) (BY_FIRST_LETTER[word.charCodeAt(0)] ??= []).push(word)

/** Characters that send the cheap test below to MAY_HOLD_FIGURE: digits and currency signs (a figure), apostrophes (a word inside "o'ten" is no token of its own), combining marks (part of the token before), the long s (which /i matches to s). */
const DIGIT_OR_DOUBT = /[\d$£€¥'’ſ\p{M}]/u

/**
 * Whether a sentence may hold a figure, from its tokens' keys: true whenever MAY_HOLD_FIGURE
 * matches (a number word not after a letter or digit starts a token, as the tokenizer splits
 * words; its key starts with that word), so findFigures gives the same figures with this answer.
 */
export function mayHoldFigure(text: string, keys: Iterable<string> | (() => boolean)): boolean {
  if (DIGIT_OR_DOUBT.test(text)) return MAY_HOLD_FIGURE.test(text)
  if (typeof keys === 'function') return keys() // the caller's own test: does some token's key start with a number word?
  for (const key of keys) if (startsNumberWord(key)) return true
  return false
}

/** Finds the figures in one sentence; `mayHold` is the caller's answer to the cheap test (see mayHoldFigure), when it has one. */
export function findFigures(sentence: Sentence, mayHold?: boolean): Figure[] {
  const figures: Figure[] = []
  if (mayHold === false || (mayHold !== true && !MAY_HOLD_FIGURE.test(sentence.text))) return figures
  for (const match of sentence.text.matchAll(FIGURE)) {
    const figure = toFigure(sentence, match)
    if (figure) figures.push(figure)
  }
  return figures
}

/** Builds a figure from a regex match, or null for years, dates and vague words. */
function toFigure(sentence: Sentence, match: RegExpExecArray | RegExpMatchArray): Figure | null {
  const groups = match.groups ?? {}
  const text = sentence.text
  let start = match.index ?? 0
  let end = start + match[0].length
  const words = groups['words']
  if (words !== undefined && /^(one|a dozen)$/i.test(words.trim())) return null
  const currency = groups['currency'] ? CURRENCIES[groups['currency'].trim().toLowerCase()] ?? null : null
  const base = groups['digits'] !== undefined ? Number(groups['digits'].replace(/,/g, '')) : parseNumberWords(words ?? '')
  if (base === null || Number.isNaN(base)) return null
  const value = base * scaleOf(groups['scale'])
  const upper = groups['upper'] !== undefined ? Number(groups['upper'].replace(/,/g, '')) * scaleOf(groups['upperScale'] ?? groups['scale']) : null
  if (isDate(text, start, end) || (!currency && isYear(groups['digits'], groups['qualifier'], text.slice(end)))) return null
  if (groups['qualifier']?.toLowerCase() === 'between' && upper === null) start += 'between '.length
  const after = groups['glued'] ? null : unitAfter(text, end, currency !== null)
  const unit = currency ?? gluedUnit(groups['glued']) ?? after?.unit ?? null
  if (after) end = after.end
  const figure: Figure = {
    source: sentence.source, sentence: sentence.id, text: text.slice(start, end), start, end,
    value, qualifier: qualifierOf(groups['qualifier'], upper), unit,
  }
  if (upper !== null) figure.valueMax = upper
  return figure
}

/** The multiplier for a scale word or abbreviation. */
function scaleOf(scale: string | undefined): number {
  return scale ? SCALES[scale.trim().toLowerCase()] ?? 1 : 1
}

/** The qualifier, normalised to lower case single-spaced; ranges are "between". */
function qualifierOf(qualifier: string | undefined, upper: number | null): string | null {
  if (qualifier) return qualifier.toLowerCase().replace(/\s+/g, ' ')
  return upper !== null ? 'between' : null
}

/** Whether the number is a day of a date: "September 30", "Nov 15", "30 September". */
function isDate(text: string, start: number, end: number): boolean {
  const before = /([A-Za-z]+)\.?\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase()
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 12))?.[1]?.toLowerCase()
  return (before !== undefined && MONTHS.has(before)) || (after !== undefined && MONTHS.has(after))
}

/** Whether a bare four-digit number is a year ("in 2011"), not a count. */
function isYear(digits: string | undefined, qualifier: string | undefined, rest: string): boolean {
  if (digits === undefined || !/^\d{4}$/.test(digits)) return false
  const year = Number(digits)
  if (year < 1800 || year > 2100) return false
  return !qualifier || !/^\s+[a-z]+s\b/.test(rest)
}

/** The canonical unit of a symbol written against the number. */
function gluedUnit(glued: string | undefined): string | null {
  if (glued === undefined) return null
  if (/^°?C$/.test(glued)) return '°C'
  if (/^°?F$/.test(glued)) return '°F'
  return UNITS[glued] ?? null
}

const TEMPERATURE = /^\s?(?:°\s?|degrees?\s+)(c|celsius|centigrade|f|fahrenheit)\b/i
const CURRENCY_AFTER = /^\s+(swiss\s+francs?|euros?|dollars?|pounds(?:\s+sterling)?|yen|sterling)\b/i

/** The unit or counted noun right after the number: "km", "targets", "training camps", "degrees Celsius", "euros". */
function unitAfter(text: string, end: number, hasCurrency: boolean): { unit: string; end: number } | null {
  const rest = text.slice(end)
  const symbol = /^\s?(%|per cent|percent)/i.exec(rest)
  if (symbol) return { unit: '%', end: end + symbol[0].length }
  const temperature = TEMPERATURE.exec(rest)
  if (temperature) return { unit: /^c/i.test(temperature[1]!) ? '°C' : '°F', end: end + temperature[0].length }
  const money = hasCurrency ? null : CURRENCY_AFTER.exec(rest)
  if (money) return { unit: CURRENCY_WORDS[money[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/ sterling$/, '')]!, end: end + money[0].length }
  const words = /^(\s+|-)([a-z][a-z]*)(?:(\s+)([a-z]+))?/.exec(rest)
  if (!words) return null
  const first = words[2]!
  if (UNITS[first]) return { unit: UNITS[first]!, end: end + words[1]!.length + first.length }
  if (STOPWORDS.has(first) || words[1] === '-' || /(ed|ing|ly)$/.test(first)) return null
  const second = words[4]
  const takeSecond = second !== undefined && !first.endsWith('s') && /s$/.test(second) && !STOPWORDS.has(second) && !/(ed|ing|ly|ss)$/.test(second)
  if (takeSecond) return { unit: `${first} ${second}`, end: end + words[0].length }
  return { unit: first, end: end + words[1]!.length + first.length }
}
