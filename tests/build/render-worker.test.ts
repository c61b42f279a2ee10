import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderedInWorkerLastBuild } from '../../src/site/render-ahead.ts'
import { buildSite, expectSameSite, projectRoot, removeSite, siteFiles, type BuiltSite } from '../support/build-site.ts'

// Five articles in three formats: past the first two pages, the sources are rendered ahead in the worker;
// the printed volume shares its sources between the worker and the main thread.
const seeds = join(projectRoot, 'tests/fixtures/clusters/tunnel-fire')
const content = mkdtempSync(join(tmpdir(), 'dossier-no-content-'))
const built: BuiltSite[] = []

afterAll(async () => {
  for (const site of built) await removeSite(site)
  rmSync(content, { recursive: true, force: true })
})

describe('source pages rendered in a worker thread', () => {
  it('are byte for byte the pages rendered in the main thread', async () => {
    const inWorker = await buildSite({ seeds, content, env: { DOSSIER_RENDER_WORKER: 'only', DOSSIER_CACHE: 'off' } })
    built.push(inWorker)
    // Three source pages rendered ahead, and the second half of the printed volume (two of five).
    expect(renderedInWorkerLastBuild()).toBe(5)
    const inMain = await buildSite({ seeds, content, env: { DOSSIER_RENDER_WORKER: 'off', DOSSIER_CACHE: 'off' } })
    built.push(inMain)
    expect(renderedInWorkerLastBuild()).toBe(0)
    expect([...siteFiles(inWorker).keys()].filter((file) => file.startsWith('/sources/'))).toHaveLength(5)
    expectSameSite(inWorker, inMain)
  })
})
