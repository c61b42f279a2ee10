import type { APIRoute } from 'astro'
import { getDossier } from '../site/dossier.ts'
import { toDossierJson } from '../site/dossier-json.ts'

/** `dossier.json`: the whole analysis, for other tools and for the tests. */
export const GET: APIRoute = async () => {
  const json = toDossierJson(await getDossier())
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } })
}
