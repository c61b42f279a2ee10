import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { dossierOfBuild, setBuildReport } from '../site/build-report.ts'
import { writeDossierJson } from '../site/dossier-json.ts'

/**
 * `dossier.json`, the whole analysis for other tools (the contract in src/site/dossier-json.ts),
 * written after the pages from the dossier they drew, straight to the output folder. Not a page of
 * Astro's: it is rewritten every build, and a body of a hundred megabytes is held whole, and
 * copied, on its way through Astro's page writing.
 */
export default function dossierJson(): AstroIntegration {
  return {
    name: 'dossier:json',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const dossier = dossierOfBuild()
        // The overview is rendered every build, so a build that got this far drew the dossier.
        if (!dossier) throw new Error('dossier.json: no dossier was made in this build')
        const { analysis } = dossier
        setBuildReport({ sources: dossier.sources.length, topics: analysis.topics.length, crossrefs: analysis.crossrefs.length, skipped: dossier.skipped })
        await writeDossierJson(join(fileURLToPath(dir), 'dossier.json'), dossier)
      },
    },
  }
}
