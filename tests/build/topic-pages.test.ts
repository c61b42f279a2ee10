import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reusedPagesReport } from '../../src/integrations/reused-pages.ts'
import { FRAME_SLUG, topicPagesReport } from '../../src/site/topic-page-writer.ts'
import { buildSite, expectSameSite, projectRoot, removeSite, siteFiles, type BuiltSite } from '../support/build-site.ts'

// Three articles of one story, and a fourth that names one place in 230 sentences: its topic has two pages of mentions.
const work = mkdtempSync(join(tmpdir(), 'dossier-topic-pages-'))
const seeds = join(work, 'seeds')
mkdirSync(seeds)
const cluster = join(projectRoot, 'tests/fixtures/clusters/korea-missile')
for (const file of ['wire-a.txt', 'daily-b.txt', 'broadcaster-c.txt']) copyFileSync(join(cluster, file), join(seeds, file))
const lines = Array.from({ length: 230 }, (_, i) => `Officials in Harbourtown counted ${i + 3} boats at the quay on day ${i + 1}.`)
writeFileSync(join(seeds, 'harbour-log.txt'), `Harbourtown boat counts\n\nBy Staff Reporter\n\n${lines.join(' ')}\n`)
// One curated theme with notes: its page is Astro's, whatever the setting.
const content = join(work, 'content')
mkdirSync(join(content, 'topics'), { recursive: true })
writeFileSync(join(content, 'topics', 'missile-tests.mdx'), '---\nname: Missile tests\nkind: theme\nkeywords: [missile, launch]\n---\n\nWhat the launches were, as each outlet *told* it.\n')
const built: BuiltSite[] = []
/** The site as Astro renders every page: what the writer's pages must equal. */
let byAstro: BuiltSite

afterAll(async () => {
  for (const site of built) await removeSite(site)
  rmSync(work, { recursive: true, force: true })
})

describe('topic pages written at the end of the build', () => {
  const outDir = join(work, 'dist')
  const cacheDir = join(work, 'cache')

  it('are byte for byte the pages Astro renders, written here or in a worker, a curated topic and the frame aside', async () => {
    const written = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(written)
    const report = topicPagesReport()!
    const files = siteFiles(written)
    const topicFiles = [...files.keys()].filter((path) => path.startsWith('/topics/'))
    // Written by the writer: every topic page but the curated ones' (Astro renders their MDX notes).
    expect(report.written.length).toBeGreaterThan(10)
    expect(report.kept).toEqual([])
    expect(topicFiles.length).toBeGreaterThan(report.written.length)
    expect(report.written).toContain('topics/harbourtown--2.html')
    expect(report.written).not.toContain('topics/missile-tests.html')
    expect(files.get('/topics/missile-tests.html')).toContain('<em>told</em>')
    expect(files.has(`/topics/${FRAME_SLUG}.html`)).toBe(false)
    expect(files.get('/topics/harbourtown--2.html')).toContain('Mentions (page 2 of 2)')
    // Four articles: too few pages for the worker, unless told.
    expect(report.inWorker).toBe(0)
    // With the cache, in a cache folder of its own: a build in the same process whose bundle is the same as the last one's
    // gets that one's static paths back from Astro, and the next build (without the cache, Astro rendering every topic
    // page) must not get these.
    const inWorker = await buildSite({ seeds, content, env: { DOSSIER_TOPIC_WORKER: 'only' } })
    built.push(inWorker)
    // Begun by the middleware as the frame was rendered, not at the build's end.
    expect(topicPagesReport()).toMatchObject({ inWorker: report.written.length, begunWithFrame: true })
    expect(report.begunWithFrame).toBe(false)
    // Chunks of two pages, the worker given those it is ready for: the rest are written here at the end.
    const shared = await buildSite({ seeds, content, env: { DOSSIER_TOPIC_WORKER: 'on', DOSSIER_TOPIC_CHUNK: '2' } })
    built.push(shared)
    const sharedReport = topicPagesReport()!
    expect(sharedReport.begunWithFrame).toBe(true)
    expect(sharedReport.inWorker).toBeGreaterThan(0)
    expect(sharedReport.written.toSorted()).toEqual(report.written.toSorted())
    byAstro = await buildSite({ seeds, content, env: { DOSSIER_TOPIC_PAGES: 'astro', DOSSIER_CACHE: 'off' } })
    built.push(byAstro)
    expect(topicPagesReport()).toBeNull()
    expectSameSite(written, byAstro)
    expectSameSite(inWorker, byAstro)
    expectSameSite(shared, byAstro)
  })

  it('are left in place when unchanged, and written again when edited in the output folder', async () => {
    const again = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(again)
    const report = topicPagesReport()!
    expect(report.written).toEqual([])
    expect(report.kept.length).toBeGreaterThan(10)
    expect(reusedPagesReport()).toMatchObject({ rendered: [] })
    // A page written after the last build's record (a later time than it) cannot be trusted.
    const edited = join(outDir, 'topics', 'harbourtown.html')
    writeFileSync(edited, 'edited')
    const later = new Date(Date.now() + 60_000)
    utimesSync(edited, later, later)
    const third = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(third)
    expect(topicPagesReport()!.written).toEqual(['topics/harbourtown.html'])
    expectSameSite(third, byAstro)
  })

  it('are kept by a build on this thread when a worker made their keys', async () => {
    const outDir = join(work, 'dist-worker')
    const cacheDir = join(work, 'cache-worker')
    const first = await buildSite({ seeds, content, outDir, cacheDir, env: { DOSSIER_TOPIC_WORKER: 'only' } })
    built.push(first)
    const made = topicPagesReport()!
    expect(made.inWorker).toBe(made.written.length)
    const again = await buildSite({ seeds, content, outDir, cacheDir, env: { DOSSIER_TOPIC_WORKER: 'off' } })
    built.push(again)
    expect(topicPagesReport()).toMatchObject({ written: [], kept: made.written, inWorker: 0 })
    expectSameSite(again, byAstro)
  })
})
