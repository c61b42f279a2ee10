import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { dossierOfBuild } from '../site/build-report.ts'
import { keysOn } from '../site/page-keys.ts'
import { setTopicOutput, topicPagesWrittenAtEnd, writeTopicPages } from '../site/topic-page-writer.ts'

/**
 * Writes the topic pages that the topic route leaves to the build's end (src/site/topic-page-writer.ts):
 * tells the route, when a build starts, that they will be written; writes them when it ends. Before
 * `stale-output`, which keeps the pages written or left in place, and `reused-pages`, which counts them.
 */
export default function topicPages(): AstroIntegration {
  let folder = ''
  let cacheDir = ''
  return {
    name: 'dossier:topic-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = fileURLToPath(config.outDir)
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:start': () => {
        setTopicOutput(folder, cacheDir)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dossier = dossierOfBuild()
        if (!dossier || !topicPagesWrittenAtEnd(dossier)) return
        const start = performance.now()
        const { written, kept, inWorker, begunWithFrame } = await writeTopicPages(dossier, fileURLToPath(dir), keysOn() ? cacheDir : null)
        const worker = inWorker > 0 ? ` (${inWorker} by a worker${begunWithFrame ? ', begun as the frame was rendered' : ''})` : ''
        logger.info(`topic pages: ${written.length} written${worker}, ${kept.length} unchanged since the last build; ${((performance.now() - start) / 1000).toFixed(1)} s at the build's end`)
      },
    },
  }
}
