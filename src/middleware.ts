import { defineMiddleware } from 'astro:middleware'
import { getDossier } from './site/dossier.ts'
import { startTopicPages } from './site/topic-page-writer.ts'

/**
 * Hands the topic pages' frame, as rendered, to their writer the moment it is (see
 * src/site/topic-page-writer.ts), so that they are written while the pages after it are rendered,
 * not after them. Every other page passes through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (!context.locals.topicFrame) return response
  const html = await response.text()
  startTopicPages(await getDossier(), html)
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers })
})
