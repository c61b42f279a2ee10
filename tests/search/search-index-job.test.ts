import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { startBuildCache } from '../../src/cache/build-cache.ts'
import { buildSearchFiles, searchInputOf } from '../../src/search/index.ts'
import type { Dossier } from '../../src/site/dossier.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { finishSearchIndex, setSearchOutput, startSearchIndex } from '../../src/site/search-index-job.ts'
import { source } from '../analyze/helpers.ts'

const projectRoot = new URL('../../', import.meta.url)

function dossier(): Dossier {
  const sources = [
    source('a', 'Talks resume in Geneva', ['The envoy met the minister in Geneva on Monday, officials said.'], 'AFP'),
    source('b', 'Envoy meets minister', ['The envoy met the foreign minister in Geneva on Monday.'], 'Reuters'),
  ]
  const analysis = analyzeCorpus(sources, [])
  return { title: 'A dossier', subtitle: null, author: null, language: 'en', sources, skipped: [], analysis, curated: [], annotations: [], index: indexDossier({ sources, analysis }) }
}

const folders: string[] = []
function outputFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-search-job-'))
  folders.push(folder)
  return folder
}

/** The files under a folder's `search/`, by name, with their text. */
function searchFolder(folder: string): Map<string, string> {
  return new Map(readdirSync(join(folder, 'search')).map((name) => [name, readFileSync(join(folder, 'search', name), 'utf8')]))
}

afterEach(() => {
  setSearchOutput(null)
  startBuildCache(null, '')
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('the search index job', () => {
  it('builds the files in a worker and writes them, byte for byte as built here', async () => {
    startBuildCache(null, 'code', projectRoot)
    const folder = outputFolder()
    setSearchOutput(folder)
    const made = dossier()
    startSearchIndex(made)
    const result = await finishSearchIndex(made, folder)
    expect(result.inWorker).toBe(true)
    const expected = buildSearchFiles(searchInputOf(made))
    expect([...result.files].sort()).toEqual(expected.map((file) => file.path).sort())
    expect(result.bytes).toBe(expected.reduce((sum, file) => sum + Buffer.byteLength(file.body), 0))
    expect(searchFolder(folder)).toEqual(new Map(expected.map((file) => [file.path.replace('search/', ''), file.body])))
  })

  it('builds them here when no worker was started for this build or this folder', async () => {
    startBuildCache(null, 'code', projectRoot)
    const made = dossier()
    const folder = outputFolder()
    // No output folder set (as in `astro dev`): nothing starts.
    startSearchIndex(made)
    const here = await finishSearchIndex(made, folder)
    expect(here.inWorker).toBe(false)
    expect([...searchFolder(folder).keys()].sort()).toEqual(['d0.js', 'index.js', 't0.js'])
    // A worker started for another folder does not count for this one.
    setSearchOutput(outputFolder())
    startSearchIndex(made)
    const other = outputFolder()
    expect((await finishSearchIndex(made, other)).inWorker).toBe(false)
    expect(searchFolder(other)).toEqual(searchFolder(folder))
  })

  it('builds them here, and says why, when the worker fails', async () => {
    // A project root without the worker's entry: the worker cannot load it.
    const empty = outputFolder()
    startBuildCache(null, 'code', pathToFileURL(`${empty}/`))
    const folder = outputFolder()
    setSearchOutput(folder)
    const made = dossier()
    startSearchIndex(made)
    const errors: Error[] = []
    const result = await finishSearchIndex(made, folder, (error) => errors.push(error))
    expect(errors.length).toBe(1)
    expect(result.inWorker).toBe(false)
    expect(result.files).toContain('search/index.js')
    expect(searchFolder(folder).get('index.js')).toBe(buildSearchFiles(searchInputOf(made))[0]!.body)
  })
})
