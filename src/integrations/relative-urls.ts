import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * Astro writes the assets it processes with root-absolute URLs (`/_astro/…`: an image in the
 * analyst's MDX, say), which break when the site is opened from disk or served under a sub-path.
 * After the build, every HTML file's root-absolute `href`/`src` is rewritten relative to that file.
 * The site's own pages link relatively from the start, so most files are only read. Pages Astro
 * left in place from the last build (its incremental build; see reused-pages.ts, which trusts
 * them only when that build ended, after this pass) were rewritten then: only pages written since
 * this build started are read.
 */
/** Pages read and written at the same time. */
const OPEN_AT_ONCE = 64

/** A page written this long before the build started is still read: file times may be coarse (reading one more page is harmless). */
const MARGIN_MS = 2000

export default function relativeUrls(): AstroIntegration {
  let started = 0
  return {
    name: 'dossier:relative-urls',
    hooks: {
      'astro:config:setup': () => {
        started = Date.now()
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const files = await htmlFiles(root, started - MARGIN_MS)
        // A bounded number of files at once: tens of thousands of pages would exhaust file handles.
        for (let i = 0; i < files.length; i += OPEN_AT_ONCE) {
          await Promise.all(files.slice(i, i + OPEN_AT_ONCE).map(async (file) => {
            // Most pages link only relatively: a byte search finds those without decoding them.
            const bytes = await readFile(file)
            if (bytes.indexOf('="/') < 0 && bytes.indexOf("='/") < 0) return
            const html = bytes.toString('utf8')
            const rewritten = relativizeHtml(html, relative(root, file).split(sep).join('/'))
            if (rewritten !== html) await writeFile(file, rewritten)
          }))
        }
        logger.info(`relative URLs in ${files.length} pages`)
      },
    },
  }
}

/** Rewrites `href="/x"` and `src="/x"` (not `//host`) in `html`, the page at `page` (site-root relative). */
export function relativizeHtml(html: string, page: string): string {
  const up = posix.relative(posix.dirname(page), '.') || '.'
  return html.replace(/\b(href|src)=(["'])\/(?!\/)/g, (_match, attribute: string, quote: string) => `${attribute}=${quote}${up}/`)
}

/** The `.html` files under `folder` last written at `since` (ms since the epoch) or later. */
async function htmlFiles(folder: string, since: number): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name))
  const recent: string[] = []
  for (let i = 0; i < pages.length; i += OPEN_AT_ONCE) {
    const batch = pages.slice(i, i + OPEN_AT_ONCE)
    const times = await Promise.all(batch.map(async (page) => (await stat(page)).mtimeMs))
    batch.forEach((page, k) => {
      if (times[k]! >= since) recent.push(page)
    })
  }
  return recent
}
