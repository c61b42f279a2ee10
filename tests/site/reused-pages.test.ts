import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { countReused, prepareOutput } from '../../src/integrations/reused-pages.ts'
import { removeOlderThan } from '../../src/integrations/stale-output.ts'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A cache folder with Astro's manifest of two pages and their copies, an output folder with both, and the stamp of the build that wrote them. */
function lastBuild(options: { stamp?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'dossier-reused-'))
  folders.push(root)
  const cache = join(root, 'cache')
  const dist = join(root, 'dist')
  const pages = ['sources/a.html', 'topics/b%20c.html']
  const manifest = { version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'h', paths: Object.fromEntries(pages.map((file, i) => [`/${i}`, { cacheKey: 'k', outputFile: file }])) } } }
  mkdirSync(cache, { recursive: true })
  writeFileSync(join(cache, 'incremental-build.json'), JSON.stringify(manifest))
  const earlier = new Date(Date.now() - 60_000)
  for (const folder of [dist, join(cache, 'dist')]) {
    for (const page of pages) {
      const path = join(folder, decodeURI(page))
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, page)
      utimesSync(path, earlier, earlier)
    }
  }
  if (options.stamp !== false) writeFileSync(join(cache, 'dossier-pages.json'), JSON.stringify({ outDir: dist }))
  return { root, cache, dist, manifest }
}

describe('prepareOutput', () => {
  it('trusts the pages of the last build in its own output folder, and not a page edited since', () => {
    const { cache, dist } = lastBuild()
    expect(prepareOutput(cache, dist, true).untrusted).toBe(0)
    expect(existsSync(join(dist, 'sources/a.html'))).toBe(true)
    // The stamp is gone until the build ends: a build stopped midway leaves none.
    expect(existsSync(join(cache, 'dossier-pages.json'))).toBe(false)
    writeFileSync(join(cache, 'dossier-pages.json'), JSON.stringify({ outDir: dist }))
    writeFileSync(join(dist, 'topics/b c.html'), 'edited')
    expect(prepareOutput(cache, dist, true).untrusted).toBe(1)
    expect(existsSync(join(dist, 'topics/b c.html'))).toBe(false)
    expect(existsSync(join(dist, 'sources/a.html'))).toBe(true)
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true)
  })

  it('removes the manifest’s pages from another output folder', () => {
    const { cache, root } = lastBuild()
    const other = join(root, 'other')
    mkdirSync(join(other, 'sources'), { recursive: true })
    writeFileSync(join(other, 'sources/a.html'), 'from somewhere else')
    writeFileSync(join(other, 'sources/kept.html'), 'not a page of the manifest')
    expect(prepareOutput(cache, other, true).untrusted).toBe(1)
    expect(existsSync(join(other, 'sources/a.html'))).toBe(false)
    expect(existsSync(join(other, 'sources/kept.html'))).toBe(true)
  })

  it('forgets the last build when it left no stamp, or when the cache is off', () => {
    const unstamped = lastBuild({ stamp: false })
    prepareOutput(unstamped.cache, unstamped.dist, true)
    expect(existsSync(join(unstamped.cache, 'incremental-build.json'))).toBe(false)
    const off = lastBuild()
    prepareOutput(off.cache, off.dist, false)
    expect(existsSync(join(off.cache, 'incremental-build.json'))).toBe(false)
    expect(existsSync(join(off.cache, 'dossier-pages.json'))).toBe(false)
  })
})

describe('countReused', () => {
  it('counts a keyed page as reused when its cache copy is older than the build', () => {
    const { cache, manifest } = lastBuild()
    const started = Date.now() - 1000
    expect(countReused(cache, manifest, started)).toEqual({ keyed: 2, reused: 2, rendered: [] })
    writeFileSync(join(cache, 'dist', 'topics/b c.html'), 'rendered again')
    expect(countReused(cache, manifest, started)).toEqual({ keyed: 2, reused: 1, rendered: ['topics/b c.html'] })
  })
})

describe('removeOlderThan', () => {
  it('keeps an older file the build lists as its own', () => {
    const { dist } = lastBuild()
    expect(removeOlderThan(dist, Date.now() - 1000, new Set([join(dist, 'sources/a.html')]))).toBe(1)
    expect(existsSync(join(dist, 'sources/a.html'))).toBe(true)
    expect(existsSync(join(dist, 'topics'))).toBe(false)
  })
})
