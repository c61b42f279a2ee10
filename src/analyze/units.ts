/**
 * Units of measure: the words and symbols that name them, and their conversion to one base unit
 * per dimension (lengths in km, weights in kg, durations in days, temperatures in °C), so that
 * "290 metres" and "950 feet", or "two weeks" and "14 days", are read as one figure.
 */

/** Unit words and symbols, folded, to their canonical symbol. */
export const UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  mile: 'mi', miles: 'mi', mi: 'mi', m: 'm', metres: 'm', meters: 'm', metre: 'm', meter: 'm',
  feet: 'ft', ft: 'ft', foot: 'ft', kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', tonnes: 't', tons: 't',
  tonne: 't', ton: 't', '%': '%', percent: '%', 'per cent': '%', hectares: 'ha', acres: 'acre',
  hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'wk', weeks: 'wk', month: 'mo', months: 'mo',
}

/** Units a hyphen may join to a number as one measure ("290-metre", "950-foot", "six-hour"). */
export const HYPHEN_UNITS = Object.keys(UNITS).filter((word) => /^[a-z]{2,}$/.test(word) && !['mi', 'km', 'kms', 'ft', 'kg'].includes(word))

/** A unit's dimension and how to bring a value into the dimension's base unit. */
interface Conversion {
  base: string
  toBase: (value: number) => number
}

const linear = (base: string, factor: number): Conversion => ({ base, toBase: (value) => value * factor })

const CONVERSIONS: Record<string, Conversion> = {
  km: linear('km', 1), mi: linear('km', 1.609344), m: linear('km', 0.001), ft: linear('km', 0.0003048),
  kg: linear('kg', 1), t: linear('kg', 1000),
  h: linear('days', 1 / 24), d: linear('days', 1), wk: linear('days', 7), mo: linear('days', 30.44),
  '°C': linear('°C', 1), '°F': { base: '°C', toBase: (value) => ((value - 32) * 5) / 9 },
}

/** The conversion of a canonical unit, or undefined when it has none (counted nouns, money, percent). */
export function conversionOf(unit: string | null): Conversion | undefined {
  return unit === null ? undefined : CONVERSIONS[unit]
}

/** A value in its unit's base unit (unchanged when the unit has no conversion). */
export function inBaseUnit(value: number, unit: string | null): number {
  const conversion = conversionOf(unit)
  return conversion ? conversion.toBase(value) : value
}

/** Currency words and codes, folded, to their ISO code: "euros", "EUR" and "€" name one currency. */
export const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR', dollar: 'USD', dollars: 'USD', usd: 'USD', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY', 'swiss franc': 'CHF', 'swiss francs': 'CHF', chf: 'CHF', sfr: 'CHF',
}

/** Whether a canonical unit is money. */
export function isCurrency(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}$/.test(unit)
}
