import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { logBuildSummary, summaryLines } from '../../src/integrations/build-summary.ts'

const skipped = [
  { file: 'empty.txt', reason: 'empty file' },
  { file: 'a.png', reason: 'unknown extension: Dossier reads .txt, .md and .html files (rename it if it is one of these)' },
  { file: 'b.jpg', reason: 'unknown extension: Dossier reads .txt, .md and .html files (rename it if it is one of these)' },
  { file: 'link.txt', reason: 'symbolic link: not followed (copy the file itself into the folder to include it)' },
  { file: 'x copy.txt', reason: 'same content as x.txt' },
]

describe('the build summary', () => {
  it('is one line: articles read, skipped by reason, topics, cross-references, time; then each skipped file with its reason', () => {
    const lines = summaryLines({ sources: 3, topics: 1, crossrefs: 2, skipped }, 4321)
    expect(lines[0]).toBe('Dossier: 3 articles read, 5 skipped (2 unknown extension, 1 empty file, 1 same content, 1 symbolic link), 1 topic, 2 cross-references, 4.3 s')
    expect(lines.slice(1)).toEqual(skipped.map(({ file, reason }) => `skipped ${file}: ${reason}`))
  })

  it('says "0 skipped" and nothing more when everything was read', () => {
    expect(summaryLines({ sources: 1, topics: 0, crossrefs: 0, skipped: [] }, 1000)).toEqual(['Dossier: 1 article read, 0 skipped, 0 topics, 0 cross-references, 1.0 s'])
  })

  it('lists at most 25 skipped files and counts the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ file: `f${i}.bin`, reason: 'unknown extension: …' }))
    const lines = summaryLines({ sources: 0, topics: 0, crossrefs: 0, skipped: many }, 0)
    expect(lines).toHaveLength(1 + 25 + 1)
    expect(lines.at(-1)).toBe('… and 15 more skipped files: see "Files not included" on the overview, or "skipped" in dossier.json')
  })

  it('logs the summary as info and each skipped file as a warning; a missing dossier.json is a warning, not a crash', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'dossier-summary-'))
    const logged: string[] = []
    const logger = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`) }
    await logBuildSummary(dist, 10, logger)
    expect(logged).toEqual([expect.stringMatching(/^warn no summary: cannot read .*dossier\.json/)])
    logged.length = 0
    await writeFile(join(dist, 'dossier.json'), JSON.stringify({ sources: [1], topics: [], crossrefs: [], skipped: skipped.slice(0, 1) }))
    await logBuildSummary(dist, 10, logger)
    expect(logged).toEqual(['info Dossier: 1 article read, 1 skipped (1 empty file), 0 topics, 0 cross-references, 0.0 s', 'warn skipped empty.txt: empty file'])
    logged.length = 0
    // The counts the pages reported, when there are any, go before the file.
    await logBuildSummary(dist, 10, logger, { sources: 7, topics: 2, crossrefs: 1, skipped: [] })
    expect(logged).toEqual(['info Dossier: 7 articles read, 0 skipped, 2 topics, 1 cross-reference, 0.0 s'])
    await rm(dist, { recursive: true, force: true })
  })
})
