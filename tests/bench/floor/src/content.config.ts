import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { defineCollection } from 'astro:content'

/** Each .txt of FLOOR_SEEDS as title + paragraphs, read as plainly as possible. */
const articles = defineCollection({
  loader: {
    name: 'floor-articles',
    async load({ store }) {
      const folder = process.env['FLOOR_SEEDS'] ?? ''
      store.clear()
      for (const file of (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort()) {
        const [title = file, ...paragraphs] = (await readFile(join(folder, file), 'utf8')).split(/\n\s*\n/)
        store.set({ id: file.replace(/\.txt$/, ''), data: { title, paragraphs } })
      }
    },
  },
})

export const collections = { articles }
