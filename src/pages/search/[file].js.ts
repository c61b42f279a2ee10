import type { APIRoute, GetStaticPaths } from 'astro'
import { oncePerBuild } from '../../cache/build-cache.ts'
import { getDossier } from '../../site/dossier.ts'
import { buildSearchFiles, searchInputOf, type SearchFile } from '../../search/index.ts'

/**
 * `search/<name>.js` in `astro dev`: the files of the search index, built from the dossier and
 * served as classic scripts the search page loads on demand (see `src/search/search-files.ts`).
 * A build writes them from a worker thread instead (src/site/search-index-job.ts), so this route
 * has no pages there.
 */
const searchFiles: () => Promise<SearchFile[]> = oncePerBuild(() => getDossier().then((dossier) => buildSearchFiles(searchInputOf(dossier))))

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return []
  return (await searchFiles()).map((file) => ({ params: { file: file.name }, props: { body: file.body } }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  return new Response((props as { body: string }).body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
}
