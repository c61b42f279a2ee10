import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeOlderThan } from '../../src/integrations/stale-output.ts'

describe('removeOlderThan', () => {
  it('removes the files written before a time and the folders left empty, and keeps the rest', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dossier-stale-'))
    mkdirSync(join(dist, 'sources', 'old'), { recursive: true })
    for (const file of ['index.html', 'sources/a.html', 'sources/b.html', 'sources/old/c.html']) writeFileSync(join(dist, file), file)
    const start = Date.now()
    const earlier = new Date(start - 60_000)
    for (const file of ['sources/b.html', 'sources/old/c.html']) utimesSync(join(dist, file), earlier, earlier)
    expect(removeOlderThan(dist, start - 1000)).toBe(2)
    expect(['index.html', 'sources/a.html', 'sources/b.html', 'sources/old'].map((path) => existsSync(join(dist, path)))).toEqual([true, true, false, false])
    rmSync(dist, { recursive: true, force: true })
  })
})
