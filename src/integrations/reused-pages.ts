import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { WrittenPages } from '../site/page-record.ts'
import { topicPagesReport } from '../site/topic-page-writer.ts'

/**
 * Keeps Astro's incremental build (`experimental.incrementalBuild`, keys in src/site/page-keys.ts)
 * safe for this project's output folder. Astro skips a page whose route code and key are unchanged
 * and, when the output folder already holds that page, leaves the file as it is; otherwise it copies
 * the page from its own cache (`<cacheDir>/dist/`). It cannot tell whether the file in the output
 * folder is still the one it wrote: the output folder is not emptied between builds (see
 * stale-output.ts), `npm run pdf` edits the overview, a build stopped midway leaves newer pages of a
 * dossier it never recorded, and a build without the cache writes pages it does not know about.
 *
 * So, at the end of every build, this writes a stamp next to Astro's manifest: which output folder
 * the manifest's pages are in; its time is when the build ended. At the start of the next one:
 * - no stamp (the last build failed, or ran with `DOSSIER_CACHE=off`), or the cache is off now:
 *   the manifest is removed, and every page is rendered;
 * - another output folder: the manifest's pages found there are removed (Astro copies them from
 *   its cache, which holds what it rendered);
 * - the same folder: a page written after the stamp (edited since) is removed, and copied likewise.
 *   Times are compared with the stamp file's own, from the same clock and at the same resolution;
 *   a page as recent as the stamp counts as edited (a needless copy at worst).
 *
 * After the build it counts the pages reused (for the log and the tests): a keyed page Astro
 * rendered is also written to its cache copy, a reused one is not.
 */

/** The stamp file, in the cache folder next to Astro's `incremental-build.json`. */
const STAMP = 'dossier-pages.json'
const MANIFEST = 'incremental-build.json'

/** What the last build reused, for the tests (global: the test and the integration are separate module instances). */
export interface ReusedPages {
  /** Pages with a key. */
  keyed: number
  /** Of those, pages copied from the last build instead of rendered. */
  reused: number
  /** The keyed pages rendered, as paths relative to the output folder. */
  rendered: string[]
  /** Pages removed from the output folder before the build, to be copied from the cache. */
  untrusted: number
}

const REPORT = Symbol.for('dossier.reused-pages')

/** What the last build in this process reused, or null when it did not use keys. */
export function reusedPagesReport(): ReusedPages | null {
  return (globalThis as { [REPORT]?: ReusedPages | null })[REPORT] ?? null
}

function setReport(report: ReusedPages | null): void {
  ;(globalThis as { [REPORT]?: ReusedPages | null })[REPORT] = report
}

/** The part of Astro's manifest read here. */
interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>
}

export default function reusedPages(): AstroIntegration {
  let cacheDir = ''
  let outDir = ''
  let on = false
  let started = 0
  let untrusted = 0
  return {
    name: 'dossier:reused-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        outDir = fileURLToPath(config.outDir)
        on = config.experimental.incrementalBuild === true
      },
      'astro:build:start': ({ logger }) => {
        started = Date.now()
        setReport(null)
        const result = prepareOutput(cacheDir, outDir, on)
        untrusted = result.untrusted
        if (result.note) logger.info(result.note)
      },
      'astro:build:done': ({ logger }) => {
        if (!on) return
        const manifest = readManifest(cacheDir)
        if (!manifest) return
        const report = withTopicPages({ ...countReused(cacheDir, manifest, started), untrusted }, topicPagesReport())
        setReport(report)
        writeFileSync(join(cacheDir, STAMP), `${JSON.stringify({ outDir })}\n`)
        logger.info(`pages: ${report.reused} of ${report.keyed} reused from the last build, ${report.keyed - report.reused} rendered`)
      },
    },
  }
}

/** The report with the topic pages written at the build's end (src/site/topic-page-writer.ts) counted as pages: kept ones as reused. */
export function withTopicPages(report: ReusedPages, topics: WrittenPages | null): ReusedPages {
  if (!topics) return report
  return {
    ...report,
    keyed: report.keyed + topics.written.length + topics.kept.length,
    reused: report.reused + topics.kept.length,
    rendered: [...report.rendered, ...topics.written].sort(),
  }
}

/** Makes the output folder and Astro's manifest agree before a build (see above); says what it did. */
export function prepareOutput(cacheDir: string, outDir: string, on: boolean): { untrusted: number; note: string | null } {
  const stamp = readStamp(cacheDir)
  rmSync(join(cacheDir, STAMP), { force: true })
  const manifest = readManifest(cacheDir)
  if (!manifest) return { untrusted: 0, note: null }
  if (!on || !stamp) {
    rmSync(join(cacheDir, MANIFEST), { force: true })
    return { untrusted: 0, note: on ? 'pages: the last build did not finish or ran without the cache; every page is rendered' : null }
  }
  let untrusted = 0
  for (const file of outputFiles(manifest)) {
    const path = under(outDir, file)
    let mtime: number
    try {
      mtime = statSync(path).mtimeMs
    } catch {
      continue
    }
    if (stamp.outDir === outDir && mtime < stamp.time) continue
    unlinkSync(path)
    untrusted++
  }
  return { untrusted, note: untrusted > 0 ? `pages: ${untrusted} pages in the output folder not from the last build, copied from the cache instead` : null }
}

/** Counts the keyed pages of the manifest and those reused: their cache copy was not written by this build. */
export function countReused(cacheDir: string, manifest: Manifest, started: number): { keyed: number; reused: number; rendered: string[] } {
  let keyed = 0
  let reused = 0
  const rendered: string[] = []
  for (const file of outputFiles(manifest)) {
    keyed++
    let mtime = Infinity
    try {
      mtime = statSync(under(join(cacheDir, 'dist'), file)).mtimeMs
    } catch {
      // No copy: not reused.
    }
    if (mtime < started) reused++
    else rendered.push(decodeURI(file))
  }
  return { keyed, reused, rendered: rendered.sort() }
}

/** The manifest's output files, as URLs relative to the output folder (Astro's `outputFile`). */
function outputFiles(manifest: Manifest): string[] {
  return Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile))
}

/** The path of an output file (a URL relative to the folder, as Astro records it) under `folder`. */
function under(folder: string, file: string): string {
  return fileURLToPath(new URL(file, pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`)))
}

function readManifest(cacheDir: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, MANIFEST), 'utf8')) as Partial<Manifest>
    return manifest.routes && typeof manifest.routes === 'object' ? (manifest as Manifest) : null
  } catch {
    return null
  }
}

function readStamp(cacheDir: string): { outDir: string; time: number } | null {
  try {
    const file = join(cacheDir, STAMP)
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as { outDir?: unknown }
    return typeof stamp.outDir === 'string' ? { outDir: stamp.outDir, time: statSync(file).mtimeMs } : null
  } catch {
    return null
  }
}
