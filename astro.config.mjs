// @ts-check
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import relativeUrls from './src/integrations/relative-urls.ts'
import buildSummary from './src/integrations/build-summary.ts'
import buildCache from './src/integrations/build-cache.ts'
import staleOutput from './src/integrations/stale-output.ts'
import reusedPages from './src/integrations/reused-pages.ts'
import dossierJson from './src/integrations/dossier-json.ts'
import searchIndex from './src/integrations/search-index.ts'
import topicPages from './src/integrations/topic-pages.ts'

// The site is plain files: read from disk (file://), served under any sub-path, printed to PDF.
export default defineConfig({
  // Four pages in progress at once: while one page's files are written (into dist/ and into the
  // incremental build's cache), the next is rendered. Measured at 1,000 articles: 26-33 s instead of 34-39 s.
  build: { format: 'file', concurrency: 4 },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  // reusedPages last: after the build it vouches for the output folder as the other integrations left it.
  // dossierJson, topicPages and searchIndex before staleOutput: their files are the build's though Astro does not list them.
  // dossierJson and topicPages before searchIndex: the search files' worker may still be writing meanwhile.
  // dossierJson before buildSummary: the summary counts what dossier.json was written from.
  integrations: [mdx(), buildCache(), dossierJson(), topicPages(), searchIndex(), staleOutput(), relativeUrls(), buildSummary(), reusedPages()],
  // A page whose route code and key (src/site/page-keys.ts) are unchanged is copied from the last
  // build instead of rendered again; src/integrations/reused-pages.ts keeps that safe. Off with the
  // build cache (`DOSSIER_CACHE=off`): every page is rendered.
  experimental: { incrementalBuild: process.env['DOSSIER_CACHE'] !== 'off' },
  // The analyst's notes are prose: no code highlighting, whose inline styles the CSP would refuse.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: only the site's own files run or style the page
  // ('self' also matches file: URLs for a page opened from disk, in Chromium), inline <style> only
  // by the hashes Astro computes, no inline script or event handler at all, nothing loaded from
  // elsewhere. Inline style *attributes* (the sources' `--hue`) are allowed: they cannot run code,
  // and with default-src 'none' a style cannot load anything. Tested in tests/reliability.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    build: {
      // Not emptied first: src/integrations/stale-output.ts removes what a build did not write, after it.
      emptyOutDir: false,
      rolldownOptions: {
        // MDX content modules carry Astro's own head-injection directive; the bundler's note about
        // it is about Astro internals, not about this project, and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
          warn(warning)
        },
      },
    },
  },
})
