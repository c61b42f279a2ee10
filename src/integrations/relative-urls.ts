import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * Astro writes the assets it processes with root-absolute URLs (`/_astro/…`: an image in the
 * analyst's MDX, say), which break when the site is opened from disk or served under a sub-path.
 * After the build, every HTML file's root-absolute `href`/`src` is rewritten relative to that file.
 * The site's own pages link relatively from the start, so most files are only read.
 */
/** Pages read and written at the same time. */
const OPEN_AT_ONCE = 64

export default function relativeUrls(): AstroIntegration {
  return {
    name: 'dossier:relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const files = await htmlFiles(root)
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

/** All `.html` files under `folder`. */
async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name))
}
