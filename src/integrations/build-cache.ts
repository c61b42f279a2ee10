import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { buildCacheState, removeUnusedEntries, startBuildCache } from '../cache/build-cache.ts'
import { closeRenderAhead } from '../site/render-ahead.ts'

/**
 * The build cache (src/cache/build-cache.ts) lives in Astro's cache folder, under `dossier/`, and
 * is keyed by the project's code as well as by each entry's inputs: any change to the code or the
 * dependencies makes everything again. After the build, entries the build did not use are removed,
 * so the cache holds one build's worth. `DOSSIER_CACHE=off` turns it off.
 */
export default function buildCache(): AstroIntegration {
  return {
    name: 'dossier:build-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const off = process.env['DOSSIER_CACHE'] === 'off'
        startBuildCache(off ? null : join(fileURLToPath(config.cacheDir), 'dossier'), codeHash(fileURLToPath(config.root)), config.root)
      },
      'astro:build:done': async ({ logger }) => {
        // A rebuild that copies most pages never asks for the last source: the render worker would stay open and keep the process alive.
        await closeRenderAhead()
        const state = buildCacheState()
        if (!state.folder) return
        const removed = removeUnusedEntries(state)
        const counts = (kind: string) => `${state.hits[kind] ?? 0} reused, ${state.misses[kind] ?? 0} made`
        logger.info(`cache: sources analysed ${counts('analysis')}; sources rendered ${counts('render')}; ${removed} old entries removed`)
      },
    },
  }
}

/** A hash of the code that builds: every file under src/, and the locked dependencies. */
export function codeHash(root: string): string {
  const hash = createHash('sha256')
  const src = join(root, 'src')
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const file of [...files, join(root, 'package-lock.json')]) {
    hash.update(relative(root, file))
    try {
      hash.update(readFileSync(file))
    } catch {
      hash.update('missing')
    }
  }
  return hash.digest('hex')
}
