/**
 * YAML front matter (`---` … `---`) at the top of a .txt or .md file, as web clippers write it or
 * as an analyst adds by hand: parsed with the `yaml` package and mapped onto Article fields
 * (title, outlet/site, url/source, published/date, author/byline, dateline, standfirst/description).
 */

import { parse as parseYaml } from 'yaml'
import type { KnownFields } from './text-article.ts'
import { toIsoDate } from './text-dates.ts'
import { normaliseSpace } from './text-units.ts'

/** A text with its front matter taken off. */
export interface FrontMatterSplit {
  /** The parsed mapping, or null when there is no (valid) front matter. */
  data: Record<string, unknown> | null;
  /** The text after the front matter (the whole text when there is none or it is invalid). */
  body: string;
  warnings: string[];
}

/** `---` on the first line, up to the next `---` or `...` line. */
const FRONT_MATTER = /^(?:[ \t]*\n)*---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

/** Splits front matter off a text; invalid YAML is reported and the text kept whole. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = FRONT_MATTER.exec(text)
  if (!m) return { data: null, body: text, warnings: [] }
  const body = text.slice(m[0].length)
  try {
    const data: unknown = parseYaml(m[1] ?? '')
    if (data === null || data === undefined) return { data: null, body, warnings: [] }
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: null, body: text, warnings: ['front matter is not a key: value mapping; kept as text'] }
    }
    return { data: data as Record<string, unknown>, body, warnings: [] }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return { data: null, body: text, warnings: [`front matter is not valid YAML (${reason}); kept as text`] }
  }
}

/** Front-matter keys for each field, first found wins (compared lower-case, `-`/` ` as `_`). */
const KEYS: Record<Exclude<keyof KnownFields, 'publishedText'>, readonly string[]> = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'site', 'site_name', 'sitename', 'publisher', 'publication', 'newspaper', 'source_name'],
  url: ['url', 'source', 'source_url', 'original_url', 'link', 'canonical', 'canonical_url'],
  published: ['published', 'date', 'published_at', 'publish_date', 'date_published', 'datepublished', 'pubdate', 'published_time'],
  byline: ['author', 'authors', 'byline', 'by', 'creator'],
  dateline: ['dateline', 'place', 'location'],
  standfirst: ['standfirst', 'description', 'dek', 'subtitle', 'summary', 'excerpt', 'lede'],
}

/** Maps front-matter data onto the fields it sets; odd values are reported in `warnings`. */
export function fieldsFromFrontMatter(data: Record<string, unknown>, warnings: string[]): KnownFields {
  const lookup = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase().replace(/[- ]/g, '_'), v]))
  const value = (field: keyof typeof KEYS): string | undefined => {
    for (const key of KEYS[field]) {
      const text = valueText(lookup.get(key))
      if (text) return text
    }
    return undefined
  }
  const known: KnownFields = {}
  setIf(known, 'title', value('title'))
  setIf(known, 'standfirst', value('standfirst'))
  setIf(known, 'byline', value('byline'))
  setIf(known, 'dateline', value('dateline'))
  const source = value('url')
  if (source && isUrl(source)) known.url = source
  setIf(known, 'outlet', value('outlet') ?? (source && !isUrl(source) ? source : undefined))
  const published = value('published')
  if (published) {
    known.publishedText = published
    const iso = toIsoDate(published)
    if (iso) known.published = iso
    else warnings.push(`front matter date "${published}" is not a date I can read; published left empty`)
  }
  return known
}

/** Sets a field only when there is a value (exact optional properties). */
function setIf(known: KnownFields, field: Exclude<keyof KnownFields, 'url' | 'published' | 'publishedText'>, value: string | undefined): void {
  if (value) known[field] = value
}

/** A front-matter value as one line of text: lists joined, `[[wiki links]]` and `{name}` objects unwrapped. */
function valueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (Array.isArray(value)) return joinNonEmpty(value.map(valueText))
  if (typeof value === 'object') return valueText((value as Record<string, unknown>)['name'])
  const text = normaliseSpace(String(value).replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1'))
  return text || undefined
}

/** Joins the non-empty texts with ", " (undefined when none). */
function joinNonEmpty(values: readonly (string | undefined)[]): string | undefined {
  const texts = values.filter((v): v is string => !!v)
  return texts.length > 0 ? texts.join(', ') : undefined
}

/** True for an absolute http(s) address. */
function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text)
}
