import { readFile, writeFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { analystContentPages, forgetAnalystContentPages } from '../site/analyst-content-pages.ts'

/**
 * Astro writes the assets it processes with root-absolute URLs (`/_astro/…`: an image in the
 * analyst's MDX, say), which break when the site is opened from disk or served under a sub-path.
 * After the build, the root-absolute `href`/`src` of every page that showed the analyst's MDX
 * (src/site/analyst-content-pages.ts: the pages mark themselves as they render) are rewritten
 * relative to that page. Every other page links relatively from the start and is not read. Pages
 * Astro left in place from the last build (its incremental build) were rewritten then.
 */
/** Pages read and written at the same time. */
const OPEN_AT_ONCE = 64

export default function relativeUrls(): AstroIntegration {
  return {
    name: 'dossier:relative-urls',
    hooks: {
      'astro:config:setup': () => {
        forgetAnalystContentPages()
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir)
        const pages = [...analystContentPages()].sort()
        // A bounded number of files at once: a dossier may have many annotated sources.
        for (let i = 0; i < pages.length; i += OPEN_AT_ONCE) {
          await Promise.all(pages.slice(i, i + OPEN_AT_ONCE).map(async (page) => {
            const file = join(root, ...page.split('/'))
            const bytes = await readFile(file)
            if (bytes.indexOf('="/') < 0 && bytes.indexOf("='/") < 0) return
            const html = bytes.toString('utf8')
            const rewritten = relativizeHtml(html, page)
            if (rewritten !== html) await writeFile(file, rewritten)
          }))
        }
        logger.info(`relative URLs in ${pages.length} pages with the analyst's notes`)
      },
    },
  }
}

/** Rewrites `href="/x"` and `src="/x"` (not `//host`) in `html`, the page at `page` (site-root relative). */
export function relativizeHtml(html: string, page: string): string {
  const up = posix.relative(posix.dirname(page), '.') || '.'
  return html.replace(/\b(href|src)=(["'])\/(?!\/)/g, (_match, attribute: string, quote: string) => `${attribute}=${quote}${up}/`)
}
