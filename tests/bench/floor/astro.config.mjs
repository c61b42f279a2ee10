// The framework's floor: a bare Astro build of the same articles, one plain page each, no analysis.
import { defineConfig } from 'astro/config'

export default defineConfig({ build: { format: 'file' }, devToolbar: { enabled: false } })
