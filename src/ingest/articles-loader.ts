import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import type { Loader } from 'astro/loaders'
import type { Article, SkippedFile } from '../model.ts'
import { listSeedFiles } from './list-seed-files.ts'
import { PARSER_VERSION, parseArticleFile } from './parse-article.ts'
import { assignSourceIds } from './source-id.ts'

/** What one entry of the `sources` collection holds: an article, or a file that could not be read. */
export type SeedEntry = { kind: 'article'; article: Article } | { kind: 'skipped'; skipped: SkippedFile }

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
      const ids = assignSourceIds(listing.files.map((entry) => entry.file))
      const kept = new Set<string>()
      const firstWithContent = new Map<string, string>()
      const keep = (id: string, data: SeedEntry, digest: string, file: string) => {
        kept.add(id)
        if (store.get(id)?.digest === digest) return
        store.set({ id, data: data as unknown as Record<string, unknown>, digest, filePath: relative(root, file) })
      }
      const skip = (skipped: SkippedFile, digest: string, file: string) => {
        logger.warn(`skipped ${skipped.file}: ${skipped.reason}`)
        keep(`skipped:${skipped.file}`, { kind: 'skipped', skipped }, digest, file)
      }

      for (const skipped of listing.skipped) skip(skipped, `${INGEST_VERSION}:${skipped.reason}`, `${folder}/${skipped.file}`)
      for (const seed of listing.files) {
        const bytes = await readFile(seed.absolutePath)
        const hash = createHash('sha1').update(bytes).digest('hex')
        const digest = `${INGEST_VERSION}:${seed.format}:${hash}`
        const original = firstWithContent.get(hash)
        if (original !== undefined) {
          skip({ file: seed.file, reason: `same content as ${original}` }, digest, seed.absolutePath)
          continue
        }
        firstWithContent.set(hash, seed.file)
        const id = ids.get(seed.file)!
        if (store.get(id)?.digest === digest) {
          kept.add(id)
          continue
        }
        const outcome = parseArticleFile(new Uint8Array(bytes), seed.file, seed.format)
        if ('skipped' in outcome) {
          skip({ file: seed.file, reason: outcome.skipped }, digest, seed.absolutePath)
          continue
        }
        const article: Article = { id, file: seed.file, format: seed.format, ...outcome.article }
        for (const warning of article.warnings) logger.warn(`${seed.file}: ${warning}`)
        keep(id, { kind: 'article', article }, digest, seed.absolutePath)
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id)
    },
  }
}
