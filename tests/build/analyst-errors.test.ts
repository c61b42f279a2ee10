import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite, projectRoot, removeSite } from '../support/build-site.ts'

const folders: string[] = []

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

/** A content folder holding the given files (path → text). */
async function contentWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'dossier-content-'))
  folders.push(folder)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(folder, path, '..'), { recursive: true })
    await writeFile(join(folder, path), text)
  }
  return folder
}

/** The error a build of the seeds with this content folder fails with. */
async function buildError(content: string): Promise<string> {
  try {
    const site = await buildSite({ seeds: join(projectRoot, 'seeds'), content })
    await removeSite(site)
  } catch (error) {
    return String((error as Error).message)
  }
  throw new Error('the build succeeded')
}

describe('the analyst’s mistakes fail the build with file, line and hint', () => {
  it('an annotation whose passage is not in the source', async () => {
    const content = await contentWith({
      'annotations/wrong.mdx': '---\nsource: 000-a026a23d4521d1aa\nselector:\n  exact: Russian jets bombed eighty hospitals in Idlib\n---\nA note.\n',
    })
    const message = await buildError(content)
    expect(message).toMatch(/annotations\/wrong\.mdx:4: the passage "Russian jets bombed eighty hospitals in Idlib" is not in source 000-a026a23d4521d1aa/)
    expect(message).toMatch(/hint: the closest passage \(\d+ edits away\) is "/)
  })

  it('an annotation naming a source that does not exist', async () => {
    const content = await contentWith({ 'annotations/nosource.mdx': '---\nsource: reuters-2015\nselector:\n  exact: anything\n---\n' })
    const message = await buildError(content)
    expect(message).toMatch(/annotations\/nosource\.mdx:2: no source has the id "reuters-2015"/)
    expect(message).toContain('000-a026a23d4521d1aa')
  })

  it('two topics claiming one alias', async () => {
    const content = await contentWith({
      'topics/a.mdx': '---\nname: Sergei Lavrov\nkind: person\naliases: [Lavrov]\n---\n',
      'topics/b.mdx': '---\nname: Foreign Minister\nkind: person\naliases:\n  - Minister\n  - Lavrov\n---\n',
    })
    const message = await buildError(content)
    expect(message).toMatch(/topics\/b\.mdx:6: "Lavrov" is claimed by two topics/)
    expect(message).toContain('hint:')
  })

  it('a topic file with no name or an unknown kind', async () => {
    const content = await contentWith({ 'topics/nameless.mdx': '---\nkind: planet\n---\nNotes.\n' })
    const message = await buildError(content)
    expect(message).toMatch(/topics\/nameless\.mdx:1: /)
    expect(message).toContain('every topic needs a `name:`')
    expect(message).toContain('hint: write it like')
    expect(message).toContain('`kind:` must be one of person, place, organization, theme, other')
  })
})

describe('an empty content folder', () => {
  it('builds', async () => {
    const site = await buildSite({ seeds: join(projectRoot, 'seeds'), content: await contentWith({}) })
    await removeSite(site)
  })
})
