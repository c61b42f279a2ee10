import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

// Two projects: pure modules run in parallel; builds and the browser share one build of the seeds
// (made once by the global setup) and run one file at a time, since each build uses both cores.
export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/browser/**', 'tests/reliability/**/*.build.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/reliability/**/*.build.test.ts'],
          globalSetup: ['tests/support/build-seeds.global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
