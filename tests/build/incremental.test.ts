import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reusedPagesReport } from '../../src/integrations/reused-pages.ts'
import { buildCacheState } from '../../src/cache/build-cache.ts'
import { buildSite, expectSameSite, projectRoot, removeSite, siteFiles, type BuiltSite } from '../support/build-site.ts'
import { generateCorpus } from '../bench/generate-corpus.ts'

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
async function buildWith(cache: 'shared' | 'off' | 'off, in the shared cache folder', outDir?: string, from: { seeds: string; content: string } = { seeds, content: join(work, 'no-content') }) {
  const site = await buildSite({ seeds: from.seeds, content: from.content, outDir, cacheDir: cache === 'off' ? join(work, `cache-off-${built.length}`) : cacheDir, env: { DOSSIER_CACHE: cache === 'shared' ? 'on' : 'off' } })
  built.push(site)
  const { hits, misses } = buildCacheState()
  return { site, hits: hits['render'] ?? 0, misses: misses['render'] ?? 0, analysed: { hits: hits['analysis'] ?? 0, misses: misses['analysis'] ?? 0 }, pages: reusedPagesReport() }
}

/** The pages of a site that Astro can copy from the last build (those of routes with keys), as paths under dist. The search files are not Astro's: a worker writes them every build. */
const KEYED = /^\/(sources\/|topics\/|topics-|compare|quotes|figures|differences|unique|sources|print--)/

describe('rebuilds with the build cache', () => {
  it('reuses every page and rendered source when nothing changed, and writes the same site', async () => {
    const first = await buildWith('shared')
    expect(first.misses).toBeGreaterThan(0)
    expect(first.analysed).toEqual({ hits: 0, misses: 2 })
    // Every page of a route with keys has one; none was there to reuse.
    const keyed = [...siteFiles(first.site).keys()].filter((path) => KEYED.test(path))
    expect(first.pages).toMatchObject({ keyed: keyed.length, reused: 0 })
    expect(keyed.length).toBeGreaterThan(20)
    const second = await buildWith('shared')
    // Every keyed page copied from the last build (into a new output folder): none rendered. Only the pages
    // without keys (the overview, print.html, …) are: print.html reads its two sources back from the cache.
    expect(second.pages).toMatchObject({ keyed: keyed.length, reused: keyed.length, rendered: [] })
    expect(second).toMatchObject({ hits: 2, misses: 0, analysed: { hits: 2, misses: 0 } })
    expectSameSite(first.site, second.site)
    expectSameSite(second.site, (await buildWith('off')).site)
  })

  it('renders only what a changed article touches, and writes what a build without cache writes', async () => {
    appendFileSync(join(seeds, 'daily-b.txt'), '\n\nThe weather office said the weekend would be dry and mild across the south.\n')
    const changed = await buildWith('shared')
    expect(changed.analysed).toEqual({ hits: 1, misses: 1 })
    expect(readFileSync(join(changed.site.dist, 'sources', 'daily-b.html'), 'utf8')).toContain('The weather office said')
    // The changed article's page and the pages that show its text are rendered again; the rest are copied.
    const rendered = changed.pages!.rendered
    expect(rendered).toContain('sources/daily-b.html')
    expect(rendered).toContain('sources.html')
    const showing = (page: string) => readFileSync(join(changed.site.dist, page), 'utf8').includes('daily-b.html')
    const topicsOfB = [...siteFiles(changed.site).keys()].map((path) => path.slice(1)).filter((path) => path.startsWith('topics/') && showing(path))
    expect(topicsOfB.length).toBeGreaterThan(0)
    for (const page of topicsOfB) expect(rendered).toContain(page)
    expect(changed.pages!.reused).toBeGreaterThan(0)
    expect(rendered.filter((page) => page.startsWith('topics/') && !topicsOfB.includes(page))).toEqual([])
    // Rendered sources: wire-a's notes quote daily-b, and may be read back when they do not change.
    expect(changed.misses).toBeGreaterThan(0)
    expectSameSite(changed.site, (await buildWith('off')).site)
  })

  it('renders every page when the last build ran without the cache, and restores pages edited in the output folder', async () => {
    const outDir = join(work, 'edited-dist')
    const first = await buildWith('shared', outDir)
    expect(first.pages!.reused).toBe(first.pages!.keyed)
    // A build without the cache writes into the same folder: the next build with it cannot trust what is there.
    await buildWith('off, in the shared cache folder', outDir)
    expect(reusedPagesReport()).toBeNull()
    const after = await buildWith('shared', outDir)
    expect(after.pages!.reused).toBe(0)
    expectSameSite(after.site, (await buildWith('off')).site)
    // A page edited after the build (as `npm run pdf` edits the overview) is copied back from the cache.
    const page = join(outDir, 'sources', 'wire-a.html')
    const original = readFileSync(page, 'utf8')
    writeFileSync(page, original.replace('</main>', '<p>edited</p></main>'))
    const again = await buildWith('shared', outDir)
    expect(again.pages!.reused).toBe(again.pages!.keyed)
    // Pages as recent as the last build's end count as edited too (restored, needlessly but harmlessly).
    expect(again.pages!.untrusted).toBeGreaterThanOrEqual(1)
    expect(again.pages!.untrusted).toBeLessThan(again.pages!.keyed / 2)
    expect(readFileSync(page, 'utf8')).toBe(original)
    expectSameSite(again.site, after.site)
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

  it('renders again the pages whose analyst’s notes, annotations or settings changed', async () => {
    // The project's own seeds and content folder: curated topics with notes, an annotation, the settings.
    const from = { seeds: join(work, 'analyst-seeds'), content: join(work, 'analyst-content') }
    cpSync(join(projectRoot, 'seeds'), from.seeds, { recursive: true })
    cpSync(join(projectRoot, 'content'), from.content, { recursive: true })
    const outDir = join(work, 'analyst-dist')
    await buildWith('shared', outDir, from)
    const edit = (file: string, from_: string, to: string) => {
      const path = join(from.content, file)
      const text = readFileSync(path, 'utf8')
      expect(text).toContain(from_)
      writeFileSync(path, text.replace(from_, to))
    }
    // A curated topic's notes (its body only).
    edit('topics/peace-talks.mdx', 'Both sources set the strike announcement beside diplomacy', 'Both reports set the strike announcement beside diplomacy')
    const notes = await buildWith('shared', outDir, from)
    expect(notes.pages!.rendered).toEqual(['topics/peace-talks.html'])
    expect(readFileSync(join(outDir, 'topics', 'peace-talks.html'), 'utf8')).toContain('Both reports set')
    // An annotation's text: the annotated source's page (its notes) and nothing else with a key.
    edit('annotations/target-count.mdx', 'is either a rounding', 'may be a rounding')
    const annotation = await buildWith('shared', outDir, from)
    expect(annotation.pages!.rendered).toEqual(['sources/000-a026a23d4521d1aa.html'])
    // The settings: every page shows the dossier's title.
    edit('index.mdx', 'title: Russia says', 'title: Moscow says')
    const settings = await buildWith('shared', outDir, from)
    const pages = [...siteFiles(settings.site).keys()].map((path) => path.slice(1)).filter((path) => KEYED.test(`/${path}`))
    expect(settings.pages!.rendered.filter((path) => path.endsWith('.html'))).toEqual(pages.sort())
    expect(settings.pages!.rendered.length + settings.pages!.reused).toBe(settings.pages!.keyed)
    expectSameSite(settings.site, (await buildWith('off', undefined, from)).site)
  })
})

describe('rebuilds of a dossier too large for its rows to state the total', () => {
  it('adds an article: rows say “n sources”, and the site is what a build without cache writes (ledger keys without the total)', async () => {
    // 61 generated articles in stories of 3-5 (past TOTAL_SHOWN_UP_TO): one of the first story's is held back, then added.
    const corpus = generateCorpus(64, 5).slice(0, 61)
    const large = { seeds: join(work, 'large-seeds'), content: join(work, 'no-content') }
    mkdirSync(large.seeds)
    const held = corpus[1]!
    for (const { file, text } of corpus) if (file !== held.file) writeFileSync(join(large.seeds, file), text)
    const outDir = join(work, 'large-dist')
    await buildWith('shared', outDir, large)
    writeFileSync(join(large.seeds, held.file), held.text)
    const added = await buildWith('shared', outDir, large)
    const compare = readFileSync(join(outDir, 'compare.html'), 'utf8')
    expect(compare).toMatch(/class="corroboration">\d+ sources</)
    expect(compare).not.toMatch(/ of 61 sources/)
    expectSameSite(added.site, (await buildWith('off', undefined, large)).site)
  })
})

