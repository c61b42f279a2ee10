import { cpSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { articlesLoader, type SeedEntry } from '../../src/ingest/articles-loader.ts'
import { parseHtml } from '../../src/ingest/parse-html.ts'
import { parseMarkdown } from '../../src/ingest/parse-markdown.ts'
import { parseText } from '../../src/ingest/parse-text.ts'
import { loadParser } from '../../src/ingest/read-article.ts'
import { readStoredArticle } from '../../src/ingest/stored-articles.ts'
import { startBuildCache } from '../../src/cache/build-cache.ts'

/** An entry as Astro's data store keeps it. */
interface Stored {
  id: string
  data: Record<string, unknown>
  digest?: string
  filePath?: string
}

/** A data store that behaves like Astro's scoped store for what the loader uses, and counts writes. */
function fakeStore() {
  const entries = new Map<string, Stored>()
  const writes: string[] = []
  return {
    entries,
    writes,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false
        writes.push(entry.id)
        entries.set(entry.id, structuredClone(entry))
        return true
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
  }
}

/** Runs the loader once over a folder; returns the warnings it logged. */
async function load(folder: string, root: string, store: ReturnType<typeof fakeStore>['store']): Promise<string[]> {
  const warnings: string[] = []
  const logger = { warn: (m: string) => warnings.push(m), info: () => {}, error: () => {}, debug: () => {} }
  await articlesLoader({ folder, root }).load({ store, logger } as never)
  return warnings
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const mixed = join(repoRoot, 'tests/fixtures/mixed')

describe('articlesLoader', () => {
  const copy = mkdtempSync(join(tmpdir(), 'dossier-loader-'))
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  it('stores one entry per file, with its path from the project root, and a skipped entry for what it cannot read', async () => {
    const { entries, store } = fakeStore()
    const warnings = await load(mixed, repoRoot, store)
    expect([...entries.keys()].sort()).toEqual(['afp', 'skipped:photo.jpg', 'trt-world', 'wire-report'])
    expect(entries.get('afp')?.filePath).toBe('tests/fixtures/mixed/afp.md')
    expect(entries.get('skipped:photo.jpg')?.filePath).toBe('tests/fixtures/mixed/photo.jpg')
    const afp = entries.get('afp')?.data as unknown as SeedEntry
    expect(afp.kind === 'article' && afp.article).toMatchObject({ id: 'afp', file: 'afp.md', format: 'md' })
    expect(warnings.some((w) => w.startsWith('skipped photo.jpg'))).toBe(true)
  })

  it('records paths outside the root as relative paths too', async () => {
    const { entries, store } = fakeStore()
    await load(mixed, join(repoRoot, 'src'), store)
    expect(entries.get('wire-report')?.filePath).toBe(join(relative(join(repoRoot, 'src'), mixed), 'wire-report.txt'))
  })

  it('writes nothing again for unchanged files, re-parses a changed one and deletes the entry of a removed one', async () => {
    cpSync(mixed, copy, { recursive: true })
    const { entries, writes, store } = fakeStore()
    const first = await load(copy, copy, store)
    const stored = structuredClone([...entries])
    writes.length = 0
    expect(await load(copy, copy, store)).toEqual(first)
    expect(writes).toEqual([])
    expect([...entries]).toEqual(stored)

    writeFileSync(join(copy, 'wire-report.txt'), 'A new title for the report\n\nThe ministry said on Tuesday that it had changed the report.')
    unlinkSync(join(copy, 'afp.md'))
    await load(copy, copy, store)
    expect(writes).toEqual(['wire-report'])
    expect(entries.has('afp')).toBe(false)
    const report = entries.get('wire-report')?.data as unknown as SeedEntry
    expect(report.kind === 'article' && report.article.title).toBe('A new title for the report')
  })
})

describe('articlesLoader with a build cache', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'dossier-stored-')), 'cache')
  afterAll(() => {
    startBuildCache(null, '')
    rmSync(join(folder, '..'), { recursive: true, force: true })
  })

  it('keeps each article in the build cache and only what identifies it in the data store', async () => {
    const plain = fakeStore()
    const warnings = await load(mixed, repoRoot, plain.store)
    startBuildCache(folder, 'code')
    const { entries, writes, store } = fakeStore()
    expect(await load(mixed, repoRoot, store)).toEqual(warnings)
    expect([...entries.keys()].sort()).toEqual([...plain.entries.keys()].sort())
    for (const [id, entry] of entries) {
      const data = entry.data as unknown as SeedEntry
      const before = plain.entries.get(id)!.data as unknown as SeedEntry
      if (before.kind !== 'article') {
        expect(data).toEqual(before)
        continue
      }
      expect(data.kind).toBe('stored')
      if (data.kind !== 'stored') continue
      expect(data.stored).toMatchObject({ id, file: before.article.file, warnings: before.article.warnings })
      expect(readStoredArticle(data.stored)).toEqual(before.article)
      // The digest says where the article is: an entry made without the cache is parsed again.
      expect(entry.digest).not.toBe(plain.entries.get(id)!.digest)
    }
    expect(readdirSync(join(folder, 'articles'))).toHaveLength(3)

    // Unchanged: nothing parsed or written. A stored article gone from the cache: parsed and stored again.
    writes.length = 0
    const report = (entries.get('wire-report')!.data as unknown as SeedEntry & { kind: 'stored' }).stored
    unlinkSync(join(folder, 'articles', report.name))
    await load(mixed, repoRoot, store)
    expect(writes).toEqual([])
    expect(readStoredArticle(report)).toEqual((plain.entries.get('wire-report')!.data as unknown as SeedEntry & { kind: 'article' }).article)
  })
})

describe('loadParser', () => {
  it('loads the parser of each format once, on first use', async () => {
    expect(await loadParser('txt')).toBe(parseText)
    expect(await loadParser('md')).toBe(parseMarkdown)
    expect(await loadParser('html')).toBe(parseHtml)
    expect(loadParser('html')).toBe(loadParser('html'))
  })
})
