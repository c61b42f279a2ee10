// @ts-check
import { defineConfig } from 'astro/config'
import mdx from '@astrojs/mdx'
import relativeUrls from './src/integrations/relative-urls.ts'

// The site is plain files: read from disk (file://), served under any sub-path, printed to PDF.
export default defineConfig({
  build: { format: 'file' },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  integrations: [mdx(), relativeUrls()],
  vite: {
    build: {
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
