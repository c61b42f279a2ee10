import type { APIRoute } from 'astro'
import { getDossier } from '../site/dossier.ts'
import { setBuildReport } from '../site/build-report.ts'
import { dossierJsonText } from '../site/dossier-json.ts'

/** `dossier.json`: the whole analysis, for other tools and for the tests. */
export const GET: APIRoute = async () => {
  const dossier = await getDossier()
  const { analysis } = dossier
  setBuildReport({ sources: dossier.sources.length, topics: analysis.topics.length, crossrefs: analysis.crossrefs.length, skipped: dossier.skipped })
  // One line (at thousands of sources the indented form is a third larger and slower to write),
  // made piece by piece as it is written.
  const pieces = dossierJsonText(dossier)
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next()
      if (next.done) {
        controller.enqueue(encoder.encode('\n'))
        controller.close()
      } else controller.enqueue(encoder.encode(next.value))
    },
  })
  return new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
