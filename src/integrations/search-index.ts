import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { dossierOfBuild } from '../site/build-report.ts'
import { finishSearchIndex, setSearchOutput } from '../site/search-index-job.ts'

/**
 * The search index's files (`search/*.js`), built from the dossier in a worker thread while the
 * pages are written (src/site/search-index-job.ts): this tells the pages where the output folder is
 * when a build starts, and waits for the files when it ends. Before `stale-output`, which removes
 * what the build did not write.
 */
export default function searchIndex(): AstroIntegration {
  let folder: string | null = null
  return {
    name: 'dossier:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = fileURLToPath(config.outDir)
      },
      'astro:build:start': () => {
        setSearchOutput(folder)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dossier = dossierOfBuild()
        if (!dossier) throw new Error('search index: no dossier was made in this build')
        const result = await finishSearchIndex(dossier, fileURLToPath(dir), (error) => logger.warn(`the worker failed, building the index here: ${error.message}`))
        const where = result.inWorker ? `built in a worker, waited for ${(result.waitedMs / 1000).toFixed(1)} s` : `built in ${(result.waitedMs / 1000).toFixed(1)} s`
        logger.info(`search index: ${result.files.length} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${where}`)
      },
    },
  }
}
