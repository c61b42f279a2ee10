import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite, projectRoot, removeSite } from '../support/build-site.ts'
import { tempFolders } from './site-text.ts'

/**
 * Front matter that is not YAML at all, in the analyst's files (tests/build/analyst-errors.test.ts
 * covers the other analyst mistakes). An article's broken front matter never fails the build
 * (awkward.build.test.ts: broken-front-matter.txt); the analyst's does.
 */

const folders = tempFolders()
afterAll(() => folders.removeAll())

/** The error a build of the seeds fails with, given one analyst file. */
async function buildError(path: string, text: string): Promise<Error & { loc?: { file?: string; line?: number } }> {
  const content = await folders.make('content')
  await mkdir(join(content, path, '..'), { recursive: true })
  await writeFile(join(content, path), text)
  try {
    await removeSite(await buildSite({ seeds: join(projectRoot, 'seeds'), content }))
  } catch (error) {
    return error as Error & { loc?: { file?: string; line?: number } }
  }
  throw new Error('the build succeeded')
}

describe('analyst files whose front matter is not YAML fail the build', () => {
  it('a topic: with the file and the line of the YAML error', async () => {
    const error = await buildError('topics/lavrov.mdx', '---\nname: Sergei Lavrov\nkind: person\naliases: [Lavrov, "unclosed\n---\nNotes.\n')
    expect(error.message).toMatch(/double quoted scalar/)
    expect(error.loc?.file).toMatch(/topics\/lavrov\.mdx$/)
    expect(error.loc?.line).toBe(5)
  })

  let annotationError: Promise<Error & { loc?: { file?: string; line?: number } }> | undefined
  const annotation = () => (annotationError ??= buildError('annotations/bad.mdx', '---\nsource: 000-a026a23d4521d1aa\nselector:\n  exact: "unclosed\n---\n'))

  it('an annotation: with the file and the line of the YAML error', async () => {
    const error = await annotation()
    expect(error.message).toMatch(/double quoted scalar/)
    expect(error.loc?.file).toMatch(/annotations\/bad\.mdx$/)
    expect(error.loc?.line).toBeGreaterThan(1)
  })

  // Astro's glob() loader throws js-yaml's own error (file and line only in `loc`); the analyst
  // loader (src/site/analyst-glob.ts) retells it with file:line and a hint in the message.
  it('…and says file:line and a hint in the message itself, like the other analyst errors', async () => {
    const error = await annotation()
    expect(error.message).toMatch(/annotations\/bad\.mdx:\d+/)
    expect(error.message).toMatch(/hint:/)
  })
})
