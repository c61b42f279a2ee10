import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { topicPagesReport } from '../site/topic-page-writer.ts'

/**
 * Astro empties the output folder before a build, which at tens of thousands of pages takes
 * longer than a rebuild's real work (4 s of a 25 s rebuild at 1,000 articles). The config turns
 * that off (`vite.build.emptyOutDir: false`); instead, after the build, this removes every file
 * the build did not write — a page of an article taken out of the seeds, a PDF of an older build —
 * so the folder ends as an emptied one would. A page the build kept from the last one (Astro's
 * incremental build leaves an unchanged page in place) is one of the build's pages: Astro lists it.
 */
export default function staleOutput(): AstroIntegration {
  let started = 0
  return {
    name: 'dossier:stale-output',
    hooks: {
      'astro:config:setup': () => {
        started = Date.now()
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Pages Astro copied from its last build, or left in place (src/integrations/reused-pages.ts), count as written.
        const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))
        // So do the topic pages the writer left in place (src/site/topic-page-writer.ts).
        for (const path of topicPagesReport()?.kept ?? []) kept.add(join(fileURLToPath(dir), path))
        const removed = removeOlderThan(fileURLToPath(dir), started, kept)
        if (removed > 0) logger.info(`${removed} ${removed === 1 ? "file" : "files"} of an earlier build removed`)
      },
    },
  }
}

/** Removes the files under `folder` last written before `time` (ms since the epoch) and not in `kept`, then the folders left empty; returns how many files. */
export function removeOlderThan(folder: string, time: number, kept: ReadonlySet<string> = new Set()): number {
  let removed = 0
  const folders: string[] = []
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isDirectory()) folders.push(path)
    else if (!kept.has(path) && statSync(path).mtimeMs < time) {
      unlinkSync(path)
      removed++
    }
  }
  // Deepest first, so that a folder emptied of folders goes too.
  for (const path of folders.sort((a, b) => b.length - a.length)) {
    if (readdirSync(path).length === 0) rmdirSync(path)
  }
  return removed
}
