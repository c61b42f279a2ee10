/**
 * Differences between passages that report the same thing: figures that disagree (after unit
 * conversion), a qualifier one source has and the other lacks ("more than 24" vs "24"),
 * different people named in the same role, hedges dropped.
 */
import type { Discrepancy, Figure, Sentence } from '../model.ts'
import type { Mention } from './match-mentions.ts'
import { tokenize } from './tokenize.ts'
import { CURRENCY_WORDS, conversionOf, inBaseUnit, isCurrency } from './units.ts'
import type { Token } from './tokenize.ts'
import { HEDGES, TITLE_MODIFIERS, TITLE_WORDS } from './word-lists.ts'

/** What the comparison needs about one aligned sentence. */
export interface Passage {
  sentence: Sentence
  /** How readers know its source: outlet or id. */
  label: string
  figures: readonly Figure[]
  mentions: readonly Mention[]
  /** Kinds of the mentioned topics, by slug. */
  kindOf: (slug: string) => string
  /** The sentence's tokens, when the caller has them already. */
  tokens?: readonly Token[]
}

/** Values further apart than this factor count different things (a campaign's toll and one strike's), not one figure reported two ways. */
const DIFFERENT_QUANTITY = 3

/** Whether two passages' figures show they report different events: some count of the same thing differs by a large factor and none agrees. */
export function differentQuantities(a: Passage, b: Passage): boolean {
  let apart = false
  for (const x of a.figures) {
    const unit = countedUnit(x.unit)
    if (unit === null) continue
    for (const y of b.figures) {
      if (countedUnit(y.unit) !== unit) continue
      if (farApart(x, y)) apart = true
      else return false
    }
  }
  return apart
}

const countedUnits = new Map<string, string | null>()

/** What a figure with this unit counts, as `singular` gives it; null when it counts nothing (no unit, money, a percentage, a measure). Cached per unit (few distinct): the alignment asks for every scored pair. */
function countedUnit(unit: string | null): string | null {
  if (unit === null) return null
  let counted = countedUnits.get(unit)
  if (counted === undefined) countedUnits.set(unit, counted = countsWith(unit) ? singular(unit) : null)
  return counted
}

/** Whether two figures differ by more than DIFFERENT_QUANTITY times. */
function farApart(x: Figure, y: Figure): boolean {
  const vx = Math.abs(inBase(x))
  const vy = Math.abs(inBase(y))
  return Math.min(vx, vy) === 0 ? Math.max(vx, vy) > 0 : Math.max(vx, vy) / Math.min(vx, vy) > DIFFERENT_QUANTITY
}

/** Discrepancies between two aligned passages from different sources. */
export function findDiscrepancies(a: Passage, b: Passage): Discrepancy[] {
  return [...figureDiscrepancies(a, b), ...roleDiscrepancies(rolesOf(a), rolesOf(b), a, b), ...hedgeDiscrepancies(hedgesOf(a), hedgesOf(b), a, b)]
}

/**
 * `findDiscrepancies` that works out each sentence's roles and hedges once: a sentence of a
 * cluster is compared with every other member, and reading its roles makes its tokens. For one
 * analysis, where every passage of a sentence has the same mentions and kinds.
 */
export function discrepancyFinder(): (a: Passage, b: Passage) => Discrepancy[] {
  const roles = new Map<Sentence, ReadonlyMap<string, Mention>>()
  const hedges = new Map<Sentence, ReadonlySet<string>>()
  const rolesOnce = (passage: Passage) => {
    let found = roles.get(passage.sentence)
    if (found === undefined) roles.set(passage.sentence, found = rolesOf(passage))
    return found
  }
  const hedgesOnce = (passage: Passage) => {
    let found = hedges.get(passage.sentence)
    if (found === undefined) hedges.set(passage.sentence, found = hedgesOf(passage))
    return found
  }
  return (a, b) => [...figureDiscrepancies(a, b), ...roleDiscrepancies(rolesOnce(a), rolesOnce(b), a, b), ...hedgeDiscrepancies(hedgesOnce(a), hedgesOnce(b), a, b)]
}

/** Pairs up figures that count or measure the same thing, nearest values first ("44 percent" does not take the "80 percent" another figure of its sentence matches), and reports those that differ. */
function figureDiscrepancies(a: Passage, b: Passage): Discrepancy[] {
  const pairs: { x: number; y: number; distance: number }[] = []
  a.figures.forEach((x, i) => b.figures.forEach((y, j) => { if (comparable(x, y)) pairs.push({ x: i, y: j, distance: distance(x, y) }) }))
  if (pairs.length === 0 && a.figures.length === 1 && b.figures.length === 1 && countLike(a.figures[0]!) && countLike(b.figures[0]!)) pairs.push({ x: 0, y: 0, distance: 0 })
  pairs.sort((p, q) => p.distance - q.distance || p.x - q.x || p.y - q.y)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const chosen: { x: number; y: number }[] = []
  for (const pair of pairs) {
    if (usedA.has(pair.x) || usedB.has(pair.y)) continue
    usedA.add(pair.x)
    usedB.add(pair.y)
    chosen.push(pair)
  }
  const found: Discrepancy[] = []
  for (const { x, y } of chosen.sort((p, q) => p.x - q.x)) {
    const fx = a.figures[x]!
    const fy = b.figures[y]!
    if (farApart(fx, fy)) continue
    const discrepancy = compareFigures(fx, a.label, fy, b.label)
    if (discrepancy) found.push(discrepancy)
  }
  return found
}

/** How far apart two figures' values are, as a ratio (0 when equal). */
function distance(x: Figure, y: Figure): number {
  return Math.abs(Math.log((Math.abs(inBase(y)) + 1e-9) / (Math.abs(inBase(x)) + 1e-9)))
}

/** Whether two figures measure in the same or convertible units. */
function comparable(x: Figure, y: Figure): boolean {
  if (x.unit === null || y.unit === null) return false
  if (singular(x.unit) === singular(y.unit)) return true
  const bx = conversionOf(x.unit)
  const by = conversionOf(y.unit)
  return bx !== undefined && by !== undefined && bx.base === by.base
}

/** A figure that counts things (not money, percentages or measures). */
function countLike(figure: Figure): boolean {
  return countsWith(figure.unit)
}

/** Whether a figure with this unit counts things (see countLike). */
function countsWith(unit: string | null): boolean {
  return unit === null || (!conversionOf(unit) && !['%', 'percent', 'per cent'].includes(unit) && !isCurrency(unit) && !isCurrency(singular(unit)))
}

/** A discrepancy between two paired figures, or null when they agree. */
function compareFigures(x: Figure, labelX: string, y: Figure, labelY: string): Discrepancy | null {
  const detail = `${labelX}: "${x.text}"; ${labelY}: "${y.text}"`
  const vx = inBase(x)
  const vy = inBase(y)
  const base = conversionOf(x.unit)?.base
  const converted = x.unit !== y.unit && base !== undefined && conversionOf(y.unit) !== undefined
  const close = Math.abs(vx - vy) <= 0.02 * Math.max(Math.abs(vx), Math.abs(vy))
  if (!close) return { kind: 'figure', detail: converted ? `${detail} (${round(vx)} vs ${round(vy)} ${base} after conversion)` : detail }
  if (converted) return { kind: 'unit', detail: `${detail} (about ${round(vx)} vs ${round(vy)} ${base}: consistent after conversion)` }
  if (qualifierClass(x.qualifier) !== qualifierClass(y.qualifier)) return { kind: 'qualifier', detail: `${detail} (${describeQualifier(x, labelX)}, ${describeQualifier(y, labelY)})` }
  if ((x.valueMax ?? null) !== (y.valueMax ?? null)) return { kind: 'figure', detail }
  return null
}

/** Qualifiers that mean the same, folded together: "about", "around", "some" → "about". */
const QUALIFIER_CLASSES: Record<string, string> = {
  about: 'about', around: 'about', approximately: 'about', approx: 'about', roughly: 'about', some: 'about',
  'an estimated': 'about', estimated: 'about', 'close to': 'about', nearly: 'under', almost: 'under',
  'just under': 'under', 'more than': 'over', over: 'over', 'upwards of': 'over', above: 'over',
  'well over': 'over', 'just over': 'over', 'at least': 'at least', 'no fewer than': 'at least',
  'as many as': 'up to', 'up to': 'up to', 'at most': 'up to', 'no more than': 'up to',
  'fewer than': 'under', 'less than': 'under', under: 'under', below: 'under',
}

/** The class of a qualifier ("" for none). */
function qualifierClass(qualifier: string | null): string {
  return qualifier ? QUALIFIER_CLASSES[qualifier] ?? qualifier : ''
}

/** "AFP gives no qualifier" / "TRT World says more than". */
function describeQualifier(figure: Figure, label: string): string {
  return figure.qualifier ? `${label} says "${figure.qualifier}"` : `${label} gives no qualifier`
}

/** The figure's value in its unit's base unit. */
function inBase(figure: Figure): number {
  return inBaseUnit(figure.value, figure.unit)
}

/** Rounds for display. */
function round(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10)
}

const singulars = new Map<string, string>()

/** A unit as compared: singular, lower case, currency words as their code (cached per unit: few distinct, asked for every compared pair of figures). */
function singular(word: string): string {
  let unit = singulars.get(word)
  if (unit === undefined) {
    const base = word.toLowerCase().replace(/s$/, '')
    singulars.set(word, unit = isCurrency(word) ? word : CURRENCY_WORDS[base] ?? base)
  }
  return unit
}

/** The roles and hedges of the many sentences that have none: one shared empty map and set. */
const NO_ROLES: ReadonlyMap<string, Mention> = new Map()
const NO_HEDGES: ReadonlySet<string> = new Set()

/** Different people named under the same title ("Foreign Minister X" vs "Foreign Minister Y"). */
function roleDiscrepancies(rolesA: ReadonlyMap<string, Mention>, rolesB: ReadonlyMap<string, Mention>, a: Passage, b: Passage): Discrepancy[] {
  const found: Discrepancy[] = []
  for (const [role, mention] of rolesA) {
    const other = rolesB.get(role)
    if (other && other.slug !== mention.slug) {
      found.push({ kind: 'name', detail: `${a.label} names ${role} "${mention.text}"; ${b.label} names "${other.text}"` })
    }
  }
  return found
}

/** The title words right before each person mention: "foreign minister" → mention. */
function rolesOf(passage: Passage): ReadonlyMap<string, Mention> {
  if (!passage.mentions.some((mention) => passage.kindOf(mention.slug) === 'person')) return NO_ROLES
  const roles = new Map<string, Mention>()
  const tokens = passage.tokens ?? tokenize(passage.sentence.text)
  for (const mention of passage.mentions) {
    if (passage.kindOf(mention.slug) !== 'person') continue
    const index = tokens.findIndex((token) => token.start === mention.start)
    const words: string[] = []
    for (let k = index - 1; k >= 0 && words.length < 4; k--) {
      const key = tokens[k]!.key
      if (!TITLE_WORDS.has(key) && !TITLE_MODIFIERS.has(key)) break
      words.unshift(key)
    }
    if (words.some((word) => TITLE_WORDS.has(word))) roles.set(words.join(' '), mention)
  }
  return roles
}

/** A hedge ("reportedly", "allegedly") one passage has and the other drops. */
function hedgeDiscrepancies(hedgesA: ReadonlySet<string>, hedgesB: ReadonlySet<string>, a: Passage, b: Passage): Discrepancy[] {
  const found: Discrepancy[] = []
  for (const hedge of hedgesA) if (!hedgesB.has(hedge)) found.push({ kind: 'dropped-qualifier', detail: `${a.label} says "${hedge}"; ${b.label} does not` })
  for (const hedge of hedgesB) if (!hedgesA.has(hedge)) found.push({ kind: 'dropped-qualifier', detail: `${b.label} says "${hedge}"; ${a.label} does not` })
  return found
}

const HEDGE_WORD = new RegExp(`\\b(?:${[...HEDGES].join('|')})\\b`, 'i')

/** The hedge words of a passage's sentence. */
function hedgesOf(passage: Passage): ReadonlySet<string> {
  if (!HEDGE_WORD.test(passage.sentence.text)) return NO_HEDGES
  const tokens = passage.tokens ?? tokenize(passage.sentence.text)
  return new Set(tokens.map((token) => token.key).filter((key) => HEDGES.has(key)))
}
