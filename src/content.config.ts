import { defineCollection } from 'astro:content'
import { articlesLoader } from './ingest/articles-loader.ts'
import { readSettings } from './site/settings.ts'

const settings = readSettings()

export const collections = {
  sources: defineCollection({ loader: articlesLoader({ folder: settings.seeds, root: settings.root }) }),
}
