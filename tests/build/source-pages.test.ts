import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reusedPagesReport } from '../../src/integrations/reused-pages.ts'
import { SOURCE_FRAME_ID, sourcePagesReport } from '../../src/site/source-page-writer.ts'
import { buildSite, expectSameSite, projectRoot, removeSite, siteFiles, type BuiltSite } from '../support/build-site.ts'

// Three articles of one story, a fourth whose title and text hold what escaping must get right, and an analyst's note on one of them.
const work = mkdtempSync(join(tmpdir(), 'dossier-source-pages-'))
const seeds = join(work, 'seeds')
mkdirSync(seeds)
const cluster = join(projectRoot, 'tests/fixtures/clusters/korea-missile')
for (const file of ['wire-a.txt', 'daily-b.txt', 'broadcaster-c.txt']) copyFileSync(join(cluster, file), join(seeds, file))
writeFileSync(
  join(seeds, 'harbour-log.txt'),
  'Smith & Jones\'s "deal" <draft> for the harbour\n\nBy Staff Reporter\n\nThe harbour\'s owners said the "deal" was worth 5 < 6 million & more. Officials counted 40 boats at the quay.\n',
)
const content = join(work, 'content')
mkdirSync(join(content, 'annotations'), { recursive: true })
writeFileSync(
  join(content, 'annotations', 'range.mdx'),
  '---\nsource: wire-a\ntitle: The range\nselector:\n  type: TextQuoteSelector\n  exact: flew about 620 miles\n---\n\nThe other outlets give the range in *kilometres*.\n',
)
const built: BuiltSite[] = []

afterAll(async () => {
  for (const site of built) await removeSite(site)
  rmSync(work, { recursive: true, force: true })
})

describe('source pages written at the end of the build', () => {
  const outDir = join(work, 'dist')
  const cacheDir = join(work, 'cache')

  it('are byte for byte the pages Astro renders, an annotated source and the frame aside', async () => {
    const written = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(written)
    const report = sourcePagesReport()!
    expect(report.written.sort()).toEqual(['sources/broadcaster-c.html', 'sources/daily-b.html', 'sources/harbour-log.html'])
    expect(report.kept).toEqual([])
    // Four articles: too few for the worker.
    expect(report.inWorker).toBe(0)
    const files = siteFiles(written)
    expect(files.has(`/sources/${SOURCE_FRAME_ID}.html`)).toBe(false)
    // The annotated source is Astro's: its note is MDX.
    expect(files.get('/sources/wire-a.html')).toContain('<em>kilometres</em>')
    const harbour = readFileSync(join(outDir, 'sources', 'harbour-log.html'), 'utf8')
    expect(harbour).toContain('<title>Smith &amp; Jones&#39;s &quot;deal&quot; &lt;draft&gt; for the harbour · ')
    // Every source page has a description: the standfirst, else the first sentence.
    expect(harbour).toContain('<meta name="description" content="The harbour\'s owners said the &quot;deal&quot; was worth 5 < 6 million &amp; more.">')
    // With the cache, in a cache folder of its own (see topic-pages.test.ts); then Astro renders every source page.
    const byAstro = await buildSite({ seeds, content, env: { DOSSIER_SOURCE_PAGES: 'astro', DOSSIER_CACHE: 'off' } })
    built.push(byAstro)
    expect(sourcePagesReport()).toBeNull()
    expectSameSite(written, byAstro)
  })

  it('are left in place when unchanged, written again when edited in the output folder or when a neighbour changed', async () => {
    const again = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(again)
    expect(sourcePagesReport()!.written).toEqual([])
    expect(sourcePagesReport()!.kept).toHaveLength(3)
    expect(reusedPagesReport()).toMatchObject({ rendered: [] })
    // A page written after the last build's record (a later time than it) cannot be trusted.
    const edited = join(outDir, 'sources', 'daily-b.html')
    writeFileSync(edited, 'edited')
    const later = new Date(Date.now() + 60_000)
    utimesSync(edited, later, later)
    const third = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(third)
    expect(sourcePagesReport()!.written).toEqual(['sources/daily-b.html'])
    expectSameSite(third, built[0]!)
    // A new title for the harbour article: its page, and the page that links to it as the next source, are written again.
    const harbourFile = join(seeds, 'harbour-log.txt')
    writeFileSync(harbourFile, readFileSync(harbourFile, 'utf8').replace('for the harbour', 'for the quay'))
    const fourth = await buildSite({ seeds, content, outDir, cacheDir })
    built.push(fourth)
    const written = sourcePagesReport()!.written
    expect(written).toContain('sources/harbour-log.html')
    expect(written).toContain('sources/daily-b.html')
    expect(written).not.toContain('sources/broadcaster-c.html')
    expect(readFileSync(join(outDir, 'sources', 'daily-b.html'), 'utf8')).toContain('for the quay')
  })
})
