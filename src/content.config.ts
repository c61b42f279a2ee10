import { pathToFileURL } from 'node:url'
import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import { articlesLoader } from './ingest/articles-loader.ts'
import { analystGlob } from './site/analyst-glob.ts'
import { readSettings } from './site/settings.ts'

const settings = readSettings()

/** A folder of the analyst's content folder, as the URL glob() wants. */
const contentFolder = (name: string) => pathToFileURL(`${settings.content}/${name}/`)

/**
 * The analyst's files are checked loosely here and strictly in src/site (curated-topics.ts,
 * analyst-annotations.ts), where a mistake is reported with the file, the line and a hint — the
 * content layer's own schema errors name neither file nor line.
 */
const topicSchema = z.looseObject({
  name: z.unknown().optional(),
  kind: z.unknown().optional(),
  aliases: z.unknown().optional(),
  summary: z.unknown().optional(),
  keywords: z.unknown().optional(),
})

const annotationSchema = z.looseObject({
  source: z.unknown().optional(),
  selector: z.unknown().optional(),
  title: z.unknown().optional(),
})

/** content/index.mdx: the dossier's own settings and the analyst's introduction. */
const introSchema = z.object({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  language: z.string().default('en'),
  author: z.string().optional(),
})

export const collections = {
  sources: defineCollection({ loader: articlesLoader({ folder: settings.seeds, root: settings.root }) }),
  topics: defineCollection({ loader: analystGlob({ pattern: '*.{md,mdx}', base: contentFolder('topics') }, settings.root), schema: topicSchema }),
  annotations: defineCollection({ loader: analystGlob({ pattern: '*.{md,mdx}', base: contentFolder('annotations') }, settings.root), schema: annotationSchema }),
  intro: defineCollection({ loader: analystGlob({ pattern: 'index.{md,mdx}', base: pathToFileURL(`${settings.content}/`) }, settings.root), schema: introSchema }),
}
