import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'astro'
import { expect } from 'vitest'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface BuiltSite {
  /** The output folder. */
  dist: string
  /** The temporary folder holding dist and the build's cache; remove it when done. */
  workDir: string
}

/**
 * A real `astro build` of the project into a temporary folder, reading `seeds` (and `content`)
 * instead of the project's own. Each build has its own cache so builds never share a data store.
 */
export async function buildSite(options: { seeds: string; content?: string; cacheDir?: string; outDir?: string | undefined; env?: Record<string, string> }): Promise<BuiltSite> {
  const workDir = await mkdtemp(join(tmpdir(), 'dossier-build-'))
  const dist = options.outDir ?? join(workDir, 'dist')
  const env = { DOSSIER_SEEDS: options.seeds, DOSSIER_CONTENT: options.content ?? join(projectRoot, 'content'), ASTRO_TELEMETRY_DISABLED: '1', ...options.env }
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  try {
    await build({ root: projectRoot, outDir: dist, cacheDir: options.cacheDir ?? join(workDir, 'cache'), logLevel: 'error' })
  } finally {
    for (const [name, value] of Object.entries(saved)) restore(name, value)
  }
  return { dist, workDir }
}

/** Removes a built site's temporary folder. */
export async function removeSite(site: BuiltSite): Promise<void> {
  await rm(site.workDir, { recursive: true, force: true })
}

/** Puts an environment variable back as it was. */
function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

/** Every file of a built site with its bytes, by path under dist (`/sources/x.html`). */
export function siteFiles(site: BuiltSite): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(site.dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(site.dist.length), readFileSync(join(entry.parentPath, entry.name), 'latin1'))
  }
  return files
}

/** Asserts that two builds wrote the same files with the same bytes. */
export function expectSameSite(a: BuiltSite, b: BuiltSite): void {
  const left = siteFiles(a)
  const right = siteFiles(b)
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort())
  for (const [path, bytes] of left) expect(right.get(path), path).toBe(bytes)
}
