/**
 * `npm run pdf`: prints the built dossier (dist/print.html) to dist/dossier.pdf through headless
 * Chromium, A4, with the dossier's title as a running head and page numbers at the foot, then
 * shows the PDF's link on the overview. A large dossier printed in volumes (print--2.html, …)
 * gives one PDF a volume (dossier--2.pdf, …). CHROME_PATH overrides /usr/bin/chromium; the first
 * argument overrides the dist folder.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const dist = resolve(process.argv[2] ?? 'dist')
const printPage = join(dist, 'print.html')
const executablePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

/** Text made safe for the header template's HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The head and foot of every PDF page (Chromium's print templates fill `.pageNumber` and `.totalPages`). */
function templates(title: string): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: system-ui, sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 16mm;'
  return {
    headerTemplate: `<div style="${style} text-align: right;"><span>${escapeHtml(title)}</span></div>`,
    footerTemplate: `<div style="${style} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  }
}

/** Fills the overview's placeholder for the PDF (empty in the build, since the PDF is made after it) with links to each volume. */
export function revealPdfLink(html: string, volumes: number): string {
  const more = Array.from({ length: volumes - 1 }, (_, i) => ` <a href="dossier--${i + 2}.pdf">volume ${i + 2}</a>`).join('')
  const item = `<li data-pdf-link><a href="dossier.pdf">PDF</a><span>the printed dossier, A4${volumes > 1 ? `, volume 1 of ${volumes};` : ''}${more}</span></li>`
  return html.replace(/<li data-pdf-link hidden><\/li>/, item)
}

/** The printed volumes of a built site, in order: print.html, print--2.html, …. */
async function volumesIn(folder: string): Promise<{ page: string; pdf: string }[]> {
  const numbers = (await readdir(folder)).map((name) => /^print--(\d+)\.html$/.exec(name)?.[1]).filter((n): n is string => n !== undefined).map(Number).sort((a, b) => a - b)
  return [{ page: 'print.html', pdf: 'dossier.pdf' }, ...numbers.map((n) => ({ page: `print--${n}.html`, pdf: `dossier--${n}.pdf` }))]
}

async function main(): Promise<void> {
  if (!existsSync(printPage)) {
    console.error(`No ${printPage}: build the dossier first (npm run build).`)
    process.exit(1)
  }
  if (!existsSync(executablePath)) {
    console.error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROME_PATH.`)
    process.exit(1)
  }
  const started = performance.now()
  const volumes = await volumesIn(dist)
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    // Nothing may leave the disk while printing.
    await page.route(/^(?!file:|data:|about:)/, (route) => route.abort())
    for (const volume of volumes) {
      await page.goto(pathToFileURL(join(dist, volume.page)).href, { waitUntil: 'load' })
      const title = await page.title()
      const output = join(dist, volume.pdf)
      await page.pdf({ path: output, format: 'A4', printBackground: true, displayHeaderFooter: true, ...templates(title), margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } })
      const { size } = await stat(output)
      console.log(`wrote ${output} (${(size / 1024).toFixed(0)} kB)`)
    }
  } finally {
    await browser.close()
  }
  const overview = join(dist, 'index.html')
  await writeFile(overview, revealPdfLink(await readFile(overview, 'utf8'), volumes.length))
  console.log(`printed ${volumes.length} ${volumes.length === 1 ? 'volume' : 'volumes'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

if (import.meta.main) await main()
