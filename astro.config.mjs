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
})
