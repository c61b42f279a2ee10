/**
 * Screenshots of every page type of a built site, wide, narrow and as printed, for a person to look
 * at: `npm run screenshots [-- dist [out [page ...]]]` (defaults: dist, /tmp/dossier-shots); pages named
 * after the folders are taken as well (`topics/sergei-lavrov.html`).
 */
import { mkdir, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileUrl, launchBrowser } from '../support/browser.ts'

const dist = resolve(process.argv[2] ?? 'dist')
const out = resolve(process.argv[3] ?? '/tmp/dossier-shots')
const extra = process.argv.slice(4)

/** One page of each type: the top-level pages (first pages of paged lists only) and the first page of each folder. */
async function samplePages(): Promise<string[]> {
  const top = (await readdir(dist)).filter((name) => name.endsWith('.html') && !/--\d+\.html$/.test(name)).sort()
  const folders = (await readdir(dist, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  const firsts: string[] = []
  for (const folder of folders) {
    const first = (await readdir(join(dist, folder.name))).filter((name) => name.endsWith('.html')).sort()[0]
    if (first) firsts.push(`${folder.name}/${first}`)
  }
  return [...top, ...firsts, ...extra]
}

await mkdir(out, { recursive: true })
const browser = await launchBrowser()
const views = [
  { name: 'wide', width: 1400, height: 1000, media: 'screen' as const },
  { name: 'narrow', width: 390, height: 844, media: 'screen' as const },
  { name: 'print', width: 800, height: 1100, media: 'print' as const },
]
for (const path of await samplePages()) {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height } })
    await page.emulateMedia({ media: view.media, colorScheme: process.env['SCHEME'] === 'dark' ? 'dark' : 'light' })
    await page.goto(fileUrl(dist, path))
    const file = join(out, `${path.replaceAll('/', '_').replace(/\.html$/, '')}-${view.name}.png`)
    await page.screenshot({ path: file, fullPage: process.env['FULL'] === '1' })
    console.log(file)
    await page.close()
  }
}
await browser.close()
