import type { APIRoute, GetStaticPaths } from 'astro'
import { oncePerBuild } from '../../cache/build-cache.ts'
import { getDossier } from '../../site/dossier.ts'
import { bodyKey, cacheKey } from '../../site/page-keys.ts'
import { buildSearchFiles, searchInputOf, type SearchFile } from '../../search/index.ts'

/**
 * `search/<name>.js`: the files of the search index, built once per build from the dossier and
 * written as classic scripts the search page loads on demand (see `src/search/search-files.ts`).
 */
/** The index files of this build, built once. */
const searchFiles: () => Promise<SearchFile[]> = oncePerBuild(() => getDossier().then((dossier) => buildSearchFiles(searchInputOf(dossier))))

export const getStaticPaths = (async () => {
  // A search file is its body: keyed by its hash (see src/site/page-keys.ts).
  return (await searchFiles()).map((file) => ({ params: { file: file.name }, props: { body: file.body }, ...cacheKey(bodyKey(file.body)) }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  return new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
