import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { dossierOfBuild } from '../site/build-report.ts'
import { keysOn } from '../site/page-keys.ts'
import { setSourceOutput, sourcePagesWrittenAtEnd, writeSourcePages } from '../site/source-page-writer.ts'

/**
 * Writes the source pages that the source route leaves to the build's end (src/site/source-page-writer.ts):
 * tells the route, when a build starts, that they will be written; writes them when it ends. Before
 * `stale-output`, which keeps the pages written or left in place, and `reused-pages`, which counts them.
 */
export default function sourcePages(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'dossier:source-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:start': () => {
        setSourceOutput(true)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dossier = dossierOfBuild()
        if (!dossier || !sourcePagesWrittenAtEnd(dossier)) return
        const start = performance.now()
        const { written, kept, inWorker } = await writeSourcePages(dossier, fileURLToPath(dir), keysOn() ? cacheDir : null)
        logger.info(`source pages: ${written.length} written (${inWorker} rendered in a worker), ${kept.length} unchanged since the last build, in ${((performance.now() - start) / 1000).toFixed(1)} s`)
      },
    },
  }
}
