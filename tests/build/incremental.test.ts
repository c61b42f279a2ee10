import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildCacheState } from '../../src/site/build-cache.ts'
import { buildSite, projectRoot, removeSite, type BuiltSite } from '../support/build-site.ts'

const cluster = join(projectRoot, 'tests/fixtures/clusters/korea-missile')
const work = mkdtempSync(join(tmpdir(), 'dossier-incremental-'))
const seeds = join(work, 'seeds')
const cacheDir = join(work, 'cache')
const built: BuiltSite[] = []
mkdirSync(seeds)
for (const file of ['wire-a.txt', 'daily-b.txt']) copyFileSync(join(cluster, file), join(seeds, file))

afterAll(async () => {
  for (const site of built) await removeSite(site)
  rmSync(work, { recursive: true, force: true })
})

/** Builds the seeds with the shared cache (or none), into a folder of its own or `outDir`, and the cache's counts for that build. */
async function buildWith(cache: 'shared' | 'off', outDir?: string) {
  const site = await buildSite({ seeds, content: join(work, 'no-content'), outDir, cacheDir: cache === 'off' ? join(work, `cache-off-${built.length}`) : cacheDir, env: { DOSSIER_CACHE: cache === 'off' ? 'off' : 'on' } })
  built.push(site)
  const { hits, misses } = buildCacheState()
  return { site, hits: hits['render'] ?? 0, misses: misses['render'] ?? 0, analysed: { hits: hits['analysis'] ?? 0, misses: misses['analysis'] ?? 0 } }
}

/** Every file of a built site with its bytes, by path. */
function filesOf(site: BuiltSite): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(site.dist, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(site.dist.length), readFileSync(join(entry.parentPath, entry.name), 'latin1'))
  }
  return files
}

/** Asserts that two builds wrote the same files with the same bytes. */
function expectSameSite(a: BuiltSite, b: BuiltSite): void {
  const left = filesOf(a)
  const right = filesOf(b)
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort())
  for (const [path, bytes] of left) expect(right.get(path), path).toBe(bytes)
}

describe('rebuilds with the build cache', () => {
  it('reuses every rendered source when nothing changed, and writes the same site', async () => {
    const first = await buildWith('shared')
    expect(first.misses).toBeGreaterThan(0)
    expect(first.analysed).toEqual({ hits: 0, misses: 2 })
    const second = await buildWith('shared')
    expect(second).toMatchObject({ hits: first.misses, misses: 0, analysed: { hits: 2, misses: 0 } })
    expectSameSite(first.site, second.site)
  })

  it('renders only what a changed article touches, and writes what a build without cache writes', async () => {
    appendFileSync(join(seeds, 'daily-b.txt'), '\n\nThe weather office said the weekend would be dry and mild across the south.\n')
    const changed = await buildWith('shared')
    expect(changed.analysed).toEqual({ hits: 1, misses: 1 })
    expect(readFileSync(join(changed.site.dist, 'sources', 'daily-b.html'), 'utf8')).toContain('The weather office said')
    expect(changed.hits).toBeGreaterThan(0)
    expect(changed.misses).toBeGreaterThan(0)
    expectSameSite(changed.site, (await buildWith('off')).site)
  })

  it('leaves in the output folder only what the build wrote: a removed article’s page goes', async () => {
    const outDir = join(work, 'kept-dist')
    await buildWith('shared', outDir)
    expect(existsSync(join(outDir, 'sources', 'daily-b.html'))).toBe(true)
    writeFileSync(join(outDir, 'dossier.pdf'), 'a PDF of an older build')
    renameSync(join(seeds, 'daily-b.txt'), join(work, 'daily-b.txt'))
    const after = await buildWith('shared', outDir)
    expect(existsSync(join(outDir, 'sources', 'daily-b.html'))).toBe(false)
    expect(existsSync(join(outDir, 'dossier.pdf'))).toBe(false)
    expectSameSite(after.site, (await buildWith('off')).site)
    renameSync(join(work, 'daily-b.txt'), join(seeds, 'daily-b.txt'))
  })

  it('adds the new article’s notes to the old sources when one is added', async () => {
    copyFileSync(join(cluster, 'broadcaster-c.txt'), join(seeds, 'broadcaster-c.txt'))
    const added = await buildWith('shared')
    // wire-a is read back; daily-b was dropped from the cache while it was out of the seeds, broadcaster-c is new.
    expect(added.analysed).toEqual({ hits: 1, misses: 2 })
    const page = readFileSync(join(added.site.dist, 'sources', 'wire-a.html'), 'utf8')
    expect(page).toMatch(/href="broadcaster-c\.html#/)
    expectSameSite(added.site, (await buildWith('off')).site)
  })
})
