import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Loader } from 'astro/loaders'
import type { Article, SkippedFile } from '../model.ts'
import { listSeedFiles } from './list-seed-files.ts'
import { loadParser, PARSER_VERSION, readArticle } from './read-article.ts'
import { assignSourceIds } from './source-id.ts'
import { holdsArticle, storeArticle, storesArticles, type StoredArticleRef } from './stored-articles.ts'

/**
 * What one entry of the `sources` collection holds: an article (with a build cache, what identifies
 * it in stored-articles.ts, which holds the article itself), or a file that could not be read.
 */
export type SeedEntry = { kind: 'article'; article: Article } | { kind: 'stored'; stored: StoredArticleRef } | { kind: 'skipped'; skipped: SkippedFile }

/** Part of every digest: when the parsers change what they make of the same bytes, cached entries are read again. */
const INGEST_VERSION = `parser-${PARSER_VERSION}`

export interface ArticlesLoaderOptions {
  /** Absolute path of the seeds folder. */
  folder: string
  /** Absolute path of the project root, for the paths Astro records. */
  root: string
}

/**
 * The content-layer loader for the seeds folder. Unchanged files are not parsed again (their digest
 * is the hash of their bytes); entries whose file disappeared are deleted; a file that cannot be
 * read becomes a `skipped` entry with the reason, and a warning naming it, never a failed build.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  const { folder, root } = options
  return {
    name: 'dossier-articles',
    async load({ store, logger }) {
      const listing = await listSeedFiles(folder).catch((error: unknown) => {
        throw new Error(`Cannot read the seeds folder ${folder}: ${(error as Error).message}. Set DOSSIER_SEEDS to a folder of articles.`)
      })
      const seeds = listing.files
      // Where parsed articles go, part of each digest: an entry made one way is never read the other.
      const stored = storesArticles()
      // Each file is read once: its bytes give the digest, and are parsed when the digest is new.
      // Read synchronously: for thousands of small files the promise API costs several times the reading itself.
      const contents = seeds.map((seed) => readFileSync(seed.absolutePath))
      const hashes = contents.map((bytes) => createHash('sha1').update(bytes).digest('hex'))
      const originals = originalsByHash(seeds.map((seed, i) => ({ file: seed.file, hash: hashes[i]! })))
      const ids = assignSourceIds(seeds.filter((seed, i) => originals.get(hashes[i]!) === seed.file).map((seed) => seed.file))
      const kept = new Set<string>()
      // Paths Astro records are relative to the root: the folder's is worked out once (path.relative resolves both paths on every call).
      const folderFromRoot = relative(root, folder)
      const keep = (id: string, data: SeedEntry, digest: string, file: string) => {
        kept.add(id)
        if (store.get(id)?.digest === digest) return
        store.set({ id, data: data as unknown as Record<string, unknown>, digest, filePath: join(folderFromRoot, file) })
      }
      const skip = (skipped: SkippedFile, digest: string) => {
        logger.warn(`skipped ${skipped.file}: ${skipped.reason}`)
        keep(`skipped:${skipped.file}`, { kind: 'skipped', skipped }, digest, skipped.file)
      }

      for (const skipped of listing.skipped) skip(skipped, `${INGEST_VERSION}:${skipped.reason}`)
      for (const [i, seed] of seeds.entries()) {
        const hash = hashes[i]!
        const digest = `${INGEST_VERSION}:${seed.format}:${hash}${stored ? ':stored' : ''}`
        const original = originals.get(hash)!
        if (original !== seed.file) {
          skip({ file: seed.file, reason: `same content as ${original}` }, digest)
          continue
        }
        const id = ids.get(seed.file)!
        const cached = store.get(id)
        const entry = cached?.digest === digest ? (cached.data as unknown as SeedEntry) : null
        if (entry && (entry.kind !== 'stored' || holdsArticle(entry.stored))) {
          kept.add(id)
          const warnings = entry.kind === 'article' ? entry.article.warnings : entry.kind === 'stored' ? entry.stored.warnings : []
          for (const warning of warnings) logger.warn(`${seed.file}: ${warning}`)
          continue
        }
        const outcome = readArticle(new Uint8Array(contents[i]!), seed.file, seed.format, await loadParser(seed.format))
        if ('skipped' in outcome) {
          skip({ file: seed.file, reason: outcome.skipped }, digest)
          continue
        }
        const article: Article = { id, file: seed.file, format: seed.format, ...outcome.article }
        for (const warning of article.warnings) logger.warn(`${seed.file}: ${warning}`)
        keep(id, stored ? { kind: 'stored', stored: storeArticle(article, digest) } : { kind: 'article', article }, digest, seed.file)
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id)
    },
  }
}

/**
 * Which file of each set of identical files is read: the one with the shortest path, then the first
 * in code-point order — so `report.txt` wins over `report copy.txt` and `report (1).txt`.
 */
export function originalsByHash(files: readonly { file: string; hash: string }[]): Map<string, string> {
  const originals = new Map<string, string>()
  for (const { file, hash } of files) {
    const current = originals.get(hash)
    if (current === undefined || file.length < current.length || (file.length === current.length && file < current)) originals.set(hash, file)
  }
  return originals
}
