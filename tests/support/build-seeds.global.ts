import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite, projectRoot, removeSite } from './build-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `dist` folder of a build of the project's own seeds and content. */
    seedSite: string
  }
}

/** Builds the seeds once for every build and browser test. */
export default async function setup(project: TestProject) {
  const site = await buildSite({ seeds: join(projectRoot, 'seeds'), content: join(projectRoot, 'content') })
  project.provide('seedSite', site.dist)
  return () => removeSite(site)
}
