import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { fileUrl, launchBrowser, watchProblems, type PageProblems } from '../support/browser.ts'
import { projectRoot } from '../support/build-site.ts'
import { readDossierJson } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'

const seedSite = inject('seedSite')
let copy: string
let browser: Browser
let page: Page
let problems: PageProblems
let json: DossierJson

beforeAll(async () => {
  // The PDF step writes into the site: work on a copy so other tests see the build as built.
  copy = await mkdtemp(join(tmpdir(), 'dossier-print-'))
  await cp(seedSite, copy, { recursive: true })
  json = await readDossierJson(copy)
  browser = await launchBrowser()
  page = await browser.newPage()
  problems = watchProblems(page)
})

afterAll(async () => {
  await browser?.close()
  await rm(copy, { recursive: true, force: true })
})

describe('the printed dossier', () => {
  it('holds the overview, every source with its notes, and the topics index in one page', async () => {
    await page.goto(fileUrl(copy, json.pages.print))
    const text = await page.locator('main').innerText()
    for (const source of json.sources) {
      expect(text).toContain(source.sentences.find((s) => s.role === 'body')!.text)
      expect(await page.locator(`[id="source--${source.id}"] section[data-footnotes]`).count()).toBe(1)
    }
    expect(text).toContain('Index of topics')
    for (const topic of json.topics) expect(await page.locator(`[id="topic--${topic.slug}"]`).count()).toBe(1)
  })

  it('keeps its links inside the document', async () => {
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
        .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
        .filter((id) => !document.getElementById(id)),
    )
    expect(broken).toEqual([])
  })

  it('prints without the site chrome and sidenotes, each source on a new page, with addresses after outside links', async () => {
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.print-source').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
    const hidden = await page.evaluate(() => [...document.querySelectorAll('.sidenote')].every((el) => getComputedStyle(el).display === 'none'))
    expect(hidden).toBe(true)
    await page.setContent('<p>x</p>')
    await page.goto(fileUrl(copy, json.sources[0]!.page))
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => {
      const link = document.createElement('a')
      link.href = 'https://example.org/story'
      link.textContent = 'story'
      document.querySelector('.article-text p')!.append(link)
    })
    const after = await page.locator('.article-text a[href^="https"]').evaluate((el) => getComputedStyle(el, '::after').content)
    expect(after).toContain('https://example.org/story')
    await page.emulateMedia({ media: 'screen' })
  })

  it('writes an A4 PDF of the whole dossier with `npm run pdf`, and the overview links to it', async () => {
    const out = execFileSync(process.execPath, [join(projectRoot, 'src/print/write-pdf.ts'), copy], { encoding: 'utf8' })
    expect(out).toMatch(/wrote .*dossier\.pdf/)
    const pdf = join(copy, 'dossier.pdf')
    expect(existsSync(pdf)).toBe(true)
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    expect(pages).toBeGreaterThanOrEqual(json.sources.length + 2)
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain(json.title.split(' ').slice(0, 4).join(' '))
    for (const source of json.sources) expect(text).toContain(source.sentences.find((s) => s.role === 'body')!.text.split(' ').slice(0, 6).join(' '))
    expect(text).toMatch(/\b1 ?\/ ?\d+\b/)
    await page.goto(fileUrl(copy, 'index.html'))
    const link = page.locator('[data-pdf-link] a')
    expect(await link.isVisible()).toBe(true)
    expect(await link.getAttribute('href')).toBe('dossier.pdf')
  })

  it('logged no console error and made no request off the disk', () => {
    expect(problems.errors).toEqual([])
    expect(problems.requests).toEqual([])
  })
})
