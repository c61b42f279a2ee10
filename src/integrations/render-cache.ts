import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { renderCacheState, startRenderCache } from '../site/render-cache.ts'

/**
 * The cache of rendered sources (src/site/render-cache.ts) lives in Astro's cache folder, under
 * `dossier-render/`, and is keyed by the project's code as well as each source's inputs: any change
 * to the code, the dependencies or the sources' notes renders again. After the build, entries the
 * build did not use are removed, so the cache holds one build's worth. `DOSSIER_CACHE=off` turns it off.
 */
export default function renderCache(): AstroIntegration {
  return {
    name: 'dossier:render-cache',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const off = process.env['DOSSIER_CACHE'] === 'off'
        const root = fileURLToPath(config.root)
        startRenderCache(off ? null : join(fileURLToPath(config.cacheDir), 'dossier-render'), codeHash(root))
      },
      'astro:build:done': ({ logger }) => {
        const state = renderCacheState()
        if (!state.folder || state.hits + state.misses === 0) return
        const removed = removeUnused(state.folder, state.used)
        logger.info(`rendered sources: ${state.hits} reused, ${state.misses} rendered, ${removed} old entries removed`)
      },
    },
  }
}

/** A hash of the code that renders: every file under src/, and the locked dependencies. */
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

/** Removes the entries of `folder` not in `used`; returns how many. */
function removeUnused(folder: string, used: ReadonlySet<string>): number {
  let removed = 0
  for (const name of readdirSync(folder)) {
    if (used.has(name)) continue
    rmSync(join(folder, name), { force: true })
    removed++
  }
  return removed
}
