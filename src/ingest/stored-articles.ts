import { createHash } from 'node:crypto'
import type { Article } from '../model.ts'
import { buildCacheState, holds, lookUp, store } from '../cache/build-cache.ts'

/**
 * Parsed articles kept in the build cache, beside Astro's data store. Astro writes its whole data
 * store again after every sync and loads it into each build as one JavaScript module: with the
 * articles in it, at 10,000 of them, that module is 56 MB: importing it alone took 5.2 s and about
 * 500 MB, on a rebuild after one changed file as well. So when
 * there is a build cache, the content layer's entry of an article holds what identifies it (its
 * id, file, warnings and this store's name for it) and its digest; the article itself is one JSON
 * file here, read by the pages' dossier (src/site/dossier.ts).
 */

/** The folder of the build cache where parsed articles go. */
const KIND = 'articles'

/** What the content layer keeps of a stored article. */
export interface StoredArticleRef {
  id: string
  file: string
  warnings: string[]
  /** The article's name in this store (from its id and the digest of its file). */
  name: string
}

/** Whether parsed articles go to the build cache (there is one) rather than into Astro's data store. */
export function storesArticles(): boolean {
  return buildCacheState().folder !== null
}

/** The name an article is stored under: its id and its file's digest (a renamed file is another entry). */
export function storedArticleName(id: string, digest: string): string {
  return `${createHash('sha1').update(`${id}\u0000${digest}`).digest('base64url')}.json`
}

/** Stores a parsed article; returns what the content layer keeps of it. */
export function storeArticle(article: Article, digest: string): StoredArticleRef {
  const name = storedArticleName(article.id, digest)
  store(KIND, name, article, (value) => JSON.stringify(value))
  return { id: article.id, file: article.file, warnings: article.warnings, name }
}

/** Whether the article is still stored (a build cache emptied by hand keeps Astro's data store, say); marks it used by this build. */
export function holdsArticle(ref: StoredArticleRef): boolean {
  return holds(KIND, ref.name)
}

/** The stored article, or null when it is gone. */
export function readStoredArticle(ref: StoredArticleRef): Article | null {
  return lookUp(KIND, ref.name, (bytes) => {
    const article = JSON.parse(bytes.toString('utf8')) as Article
    return article.id === ref.id ? article : null
  })
}
