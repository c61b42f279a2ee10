import type { APIRoute } from 'astro'
import { getDossier } from '../site/dossier.ts'
import { setBuildReport } from '../site/build-report.ts'
import { toDossierJson } from '../site/dossier-json.ts'

/** `dossier.json`: the whole analysis, for other tools and for the tests. */
export const GET: APIRoute = async () => {
  const json = toDossierJson(await getDossier())
  setBuildReport({ sources: json.sources.length, topics: json.topics.length, crossrefs: json.crossrefs.length, skipped: json.skipped })
  // One line: at thousands of sources the indented form is a third larger and slower to write.
  return new Response(`${JSON.stringify(json)}\n`, { headers: { 'Content-Type': 'application/json' } })
}
