import { pathToFileURL } from 'node:url'
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
import { articlesLoader } from './ingest/articles-loader.ts'
import { readSettings } from './site/settings.ts'

const settings = readSettings()

/** A folder of the analyst's content folder, as the URL glob() wants. */
const contentFolder = (name: string) => pathToFileURL(`${settings.content}/${name}/`)

const TOPIC_KINDS = ['person', 'place', 'organization', 'theme', 'other'] as const

/** content/topics/*.mdx: a curated topic. Same name or alias as a detected topic → the same topic. */
const topicSchema = z.object({
  name: z.string({ error: 'every topic needs a `name:` in its front matter' }).trim().min(1, 'the `name:` is empty'),
  kind: z.enum(TOPIC_KINDS, { error: `\`kind:\` must be one of ${TOPIC_KINDS.join(', ')}` }).default('other'),
  aliases: z.array(z.string().trim().min(1)).default([]),
  summary: z.string().optional(),
  keywords: z.array(z.string().trim().min(1)).default([]),
})

/** A W3C Web Annotation TextQuoteSelector: the exact words, with words before and after to tell repeats apart. */
const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector').optional(),
  exact: z.string({ error: 'a selector needs the `exact:` words it points at' }).min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
})

/** content/annotations/*.mdx: the analyst's note anchored to a passage of a source. */
const annotationSchema = z.object({
  source: z.string({ error: 'an annotation needs `source:`, the id of a source (its file name without extension)' }).min(1),
  selector: textQuoteSelector,
  title: z.string().optional(),
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
  topics: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentFolder('topics') }), schema: topicSchema }),
  annotations: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: contentFolder('annotations') }), schema: annotationSchema }),
  intro: defineCollection({ loader: glob({ pattern: 'index.{md,mdx}', base: pathToFileURL(`${settings.content}/`) }), schema: introSchema }),
}
