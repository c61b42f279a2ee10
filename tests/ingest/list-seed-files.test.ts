import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listSeedFiles } from '../../src/ingest/list-seed-files.ts'

describe('listSeedFiles (entry types from the folder listing, no stat per file)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-seeds-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  writeFileSync(join(folder, 'b.txt'), 'B')
  writeFileSync(join(folder, 'a.md'), 'A')
  writeFileSync(join(folder, 'photo.jpg'), 'not text')
  writeFileSync(join(folder, '.hidden.txt'), 'hidden')
  mkdirSync(join(folder, 'sub', 'deeper'), { recursive: true })
  writeFileSync(join(folder, 'sub', 'page.HTML'), '<p>x</p>')
  writeFileSync(join(folder, 'sub', 'deeper', 'c.text'), 'C')
  mkdirSync(join(folder, '.git'))
  writeFileSync(join(folder, '.git', 'x.txt'), 'x')
  symlinkSync(join(folder, 'b.txt'), join(folder, 'link.txt'))
  symlinkSync(join(folder, 'sub'), join(folder, 'link-folder'))
  let fifo = true
  try {
    execFileSync('mkfifo', [join(folder, 'pipe.txt')])
  } catch {
    fifo = false
  }

  it('lists article files in sub-folders in path order, passes over hidden ones, reports links, pipes and unknown extensions', async () => {
    const listing = await listSeedFiles(folder)
    expect(listing.files).toEqual([
      { file: 'a.md', absolutePath: join(folder, 'a.md'), format: 'md' },
      { file: 'b.txt', absolutePath: join(folder, 'b.txt'), format: 'txt' },
      { file: 'sub/deeper/c.text', absolutePath: join(folder, 'sub/deeper/c.text'), format: 'txt' },
      { file: 'sub/page.HTML', absolutePath: join(folder, 'sub/page.HTML'), format: 'html' },
    ])
    expect(listing.skipped).toEqual([
      { file: 'link-folder', reason: 'symbolic link: not followed (copy the file itself into the folder to include it)' },
      { file: 'link.txt', reason: 'symbolic link: not followed (copy the file itself into the folder to include it)' },
      { file: 'photo.jpg', reason: 'unknown extension: Dossier reads .txt, .md and .html files (rename it if it is one of these)' },
      ...(fifo ? [{ file: 'pipe.txt', reason: 'not a regular file (a device, socket or pipe)' }] : []),
    ])
  })
})
