import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { keptFile, readPagesRecord, writePagesRecord } from '../../src/site/page-record.ts'

const folder = mkdtempSync(join(tmpdir(), 'dossier-page-record-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('the record of pages written at the build’s end', () => {
  it('keeps a page whose key is unchanged and whose file was not written since, and is read only once', () => {
    writeFileSync(join(folder, 'a.html'), 'a')
    writeFileSync(join(folder, 'b.html'), 'b')
    const record = join(folder, 'record.json')
    writePagesRecord(record, { folder, frame: 'F', keys: { 'a.html': 'ka', 'b.html': 'kb' } })
    const past = new Date(Date.now() - 60_000)
    for (const file of ['a.html', 'b.html']) utimesSync(join(folder, file), past, past)
    // b.html edited after the record: not to be trusted.
    const later = new Date(Date.now() + 60_000)
    utimesSync(join(folder, 'b.html'), later, later)
    const last = readPagesRecord(record, 'F')!
    expect(keptFile(last, 'a.html', 'ka')).toBe(join(folder, 'a.html'))
    expect(keptFile(last, 'a.html', 'changed')).toBeNull()
    expect(keptFile(last, 'a.html', undefined)).toBeNull()
    expect(keptFile(last, 'b.html', 'kb')).toBeNull()
    expect(keptFile(last, 'c.html', 'kc')).toBeNull()
    // Gone once read: a build stopped before writing its own leaves none to trust.
    expect(readPagesRecord(record, 'F')).toBeNull()
  })

  it('is not read for another frame, nor when it is not a record', () => {
    const record = join(folder, 'other.json')
    writePagesRecord(record, { folder, frame: 'F', keys: {} })
    expect(readPagesRecord(record, 'G')).toBeNull()
    writeFileSync(record, '{"folder": 3}')
    expect(readPagesRecord(record, 'F')).toBeNull()
    expect(keptFile(null, 'a.html', 'ka')).toBeNull()
  })
})
