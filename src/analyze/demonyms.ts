/**
 * Demonyms and the country they name: "Polish" driver and "from Poland" are one place to a
 * reader, and "Italy's minister" is the "Italian minister". General geography only.
 */
import { slugify } from './fold-text.ts'

/** Folded demonym → country name, as a topic would be named. */
const COUNTRIES: Record<string, string> = {
  afghan: 'Afghanistan', albanian: 'Albania', algerian: 'Algeria', american: 'United States', argentine: 'Argentina',
  argentinian: 'Argentina', australian: 'Australia', austrian: 'Austria', bangladeshi: 'Bangladesh', belgian: 'Belgium',
  brazilian: 'Brazil', british: 'Britain', bulgarian: 'Bulgaria', canadian: 'Canada', chilean: 'Chile', chinese: 'China',
  colombian: 'Colombia', croatian: 'Croatia', cuban: 'Cuba', czech: 'Czech Republic', danish: 'Denmark', dutch: 'Netherlands',
  egyptian: 'Egypt', emirati: 'United Arab Emirates', estonian: 'Estonia', ethiopian: 'Ethiopia', finnish: 'Finland',
  french: 'France', german: 'Germany', greek: 'Greece', hungarian: 'Hungary', indian: 'India', indonesian: 'Indonesia',
  iranian: 'Iran', iraqi: 'Iraq', irish: 'Ireland', israeli: 'Israel', italian: 'Italy', japanese: 'Japan',
  jordanian: 'Jordan', kenyan: 'Kenya', korean: 'Korea', kuwaiti: 'Kuwait', latvian: 'Latvia', lebanese: 'Lebanon',
  liberian: 'Liberia', libyan: 'Libya', lithuanian: 'Lithuania', malaysian: 'Malaysia', mexican: 'Mexico',
  moroccan: 'Morocco', nigerian: 'Nigeria', norwegian: 'Norway', pakistani: 'Pakistan', palestinian: 'Palestine',
  peruvian: 'Peru', philippine: 'Philippines', filipino: 'Philippines', polish: 'Poland', portuguese: 'Portugal',
  qatari: 'Qatar', romanian: 'Romania', russian: 'Russia', saudi: 'Saudi Arabia', serbian: 'Serbia', slovak: 'Slovakia',
  slovenian: 'Slovenia', somali: 'Somalia', spanish: 'Spain', sudanese: 'Sudan', swedish: 'Sweden', swiss: 'Switzerland',
  syrian: 'Syria', taiwanese: 'Taiwan', thai: 'Thailand', tunisian: 'Tunisia', turkish: 'Turkey', ukrainian: 'Ukraine',
  venezuelan: 'Venezuela', vietnamese: 'Vietnam', yemeni: 'Yemen',
}

/** The term of the country a capitalised demonym names (`@` + the slug its topic would have), or undefined. */
export function demonymTerm(key: string): string | undefined {
  const country = Object.hasOwn(COUNTRIES, key) ? COUNTRIES[key] : undefined
  if (country === undefined) return undefined
  let term = terms.get(country)
  if (term === undefined) terms.set(country, term = `@${slugify(country)}`)
  return term
}

/** Each country's term, made once. */
const terms = new Map<string, string>()
