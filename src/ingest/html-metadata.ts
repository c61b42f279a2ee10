/**
 * Article metadata of a saved web page, read before extraction: `<meta>` (Open Graph,
 * `article:published_time`, description, author), `<link rel=canonical>`, JSON-LD
 * (`NewsArticle` & co., also inside `@graph`) and the first `<time datetime>` of the article.
 */

/** What the page's metadata says, each field as written (null when absent). */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  /** The date as the page shows it (a `<time>` element's text), when there is one. */
  publishedShown: string | null;
  url: string | null;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|WebPage|ScholarlyArticle|TechArticle)$/

/** Reads the page's metadata; JSON-LD fills what the `<meta>` tags leave empty. */
export function readMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document)
  const time = firstTime(document)
  return {
    title: meta(document, 'og:title') ?? meta(document, 'twitter:title') ?? ldText(ld?.['headline']) ?? ldText(ld?.['name']),
    description: meta(document, 'og:description') ?? meta(document, 'description') ?? meta(document, 'twitter:description') ?? ldText(ld?.['description']),
    siteName: meta(document, 'og:site_name') ?? ldName(ld?.['publisher']) ?? meta(document, 'application-name'),
    author: meta(document, 'author') ?? meta(document, 'article:author', isNotUrl) ?? ldName(ld?.['author']) ?? meta(document, 'byl'),
    published: meta(document, 'article:published_time') ?? meta(document, 'datePublished') ?? ldText(ld?.['datePublished']) ??
      meta(document, 'pubdate') ?? meta(document, 'date') ?? meta(document, 'dc.date') ?? time?.datetime ?? null,
    publishedShown: time?.shown ?? null,
    url: [linkHref(document, 'canonical'), meta(document, 'og:url'), ldUrl(ld)].find(isWebAddress) ?? null,
  }
}

/** True for an absolute http(s) address: a saved page's `javascript:` or `data:` URL is never its address. */
function isWebAddress(value: string | null): value is string {
  return value !== null && /^https?:\/\/[^\s]+$/i.test(value)
}

/** The content of the first `<meta>` whose property, name or itemprop is `key` (case-insensitive). */
function meta(document: Document, key: string, accept: (value: string) => boolean = () => true): string | null {
  const wanted = key.toLowerCase()
  for (const element of document.querySelectorAll('meta')) {
    const names = ['property', 'name', 'itemprop'].map((a) => (element.getAttribute(a) ?? '').toLowerCase())
    const content = clean(element.getAttribute('content'))
    if (content && names.includes(wanted) && accept(content)) return content
  }
  return null
}

/** The href of the first `<link rel=…>` with the given rel. */
function linkHref(document: Document, rel: string): string | null {
  for (const element of document.querySelectorAll('link[rel]')) {
    const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/)
    const href = clean(element.getAttribute('href'))
    if (href && rels.includes(rel)) return href
  }
  return null
}

/** The first `<time>` inside the article (or the page): its datetime attribute and shown text. */
function firstTime(document: Document): { datetime: string | null; shown: string | null } | null {
  const scope = document.querySelector('article') ?? document.body
  const time = scope?.querySelector('time[datetime], time[pubdate]') ?? scope?.querySelector('time')
  if (!time) return null
  return { datetime: clean(time.getAttribute('datetime')), shown: clean(time.textContent) }
}

/** The first JSON-LD object of an article type (searching arrays and `@graph`); broken JSON is skipped. */
function jsonLdArticle(document: Document): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findArticle(JSON.parse(script.textContent ?? ''))
      if (found) return found
    } catch {
      continue
    }
  }
  return null
}

/** Searches a parsed JSON-LD value for an object whose @type is an article type. */
function findArticle(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item)
      if (found) return found
    }
    return null
  }
  if (!value || typeof value !== 'object') return null
  const object = value as Record<string, unknown>
  const types = [object['@type']].flat().map(String)
  if (types.some((t) => ARTICLE_TYPES.test(t)) && (object['headline'] || object['datePublished'] || !types.includes('WebPage'))) return object
  return findArticle(object['@graph'])
}

/** A JSON-LD value as text (first of a list). */
function ldText(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return clean(String(value))
  if (Array.isArray(value)) return ldText(value[0])
  return null
}

/** The name(s) of JSON-LD persons or organisations ("A, B"), or a plain string. */
function ldName(value: unknown): string | null {
  const names = [value].flat().map((v) => typeof v === 'string' ? clean(v) : v && typeof v === 'object' ? ldText((v as Record<string, unknown>)['name']) : null)
  const kept = names.filter((n): n is string => !!n && isNotUrl(n))
  return kept.length > 0 ? kept.join(', ') : null
}

/** The article's address from JSON-LD `url` or `mainEntityOfPage`. */
function ldUrl(ld: Record<string, unknown> | null): string | null {
  const main = ld?.['mainEntityOfPage']
  const fromMain = typeof main === 'string' ? main : main && typeof main === 'object' ? (main as Record<string, unknown>)['@id'] : null
  return ldText(ld?.['url']) ?? ldText(fromMain)
}

/** True when a value is not a web address (article:author is often a profile URL). */
function isNotUrl(value: string): boolean {
  return !/^https?:\/\//i.test(value)
}

/** Whitespace-normalised text, null when empty. */
function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim()
  return text || null
}
