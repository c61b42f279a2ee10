import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { seriousViolations } from '../support/axe.ts'
import { fileUrl, launchBrowser, watchProblems } from '../support/browser.ts'
import { readDossierJson } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'

const dist = inject('seedSite')
let browser: Browser
let context: BrowserContext
let json: DossierJson

beforeAll(async () => {
  json = await readDossierJson(dist)
  browser = await launchBrowser()
  context = await browser.newContext({ bypassCSP: true })
})

afterAll(async () => {
  await browser?.close()
})

/** One page of every type the site has. */
function pageTypes(): [string, string][] {
  return [
    ['overview', json.pages.overview],
    ['source', json.sources[0]!.page],
    ['topics index', json.pages.topics],
    ['topic', json.topics.find((topic) => topic.kind === 'person')!.page],
    ['theme', json.topics.find((topic) => topic.kind === 'theme')?.page ?? json.topics[0]!.page],
    ['comparison', json.pages.compare],
    ['quotes', json.pages.quotes],
    ['figures', json.pages.figures],
    ['search', json.pages.search],
    ['print', json.pages.print],
    ['sources list', json.pages.sources],
    ['only in one source', json.pages.unique],
    ['differences', json.pages.differences],
    ['topics of a kind', 'topics-people.html'],
  ]
}

describe('every page type, from file://', () => {
  it('has one h1, headings that never skip a level, landmarks, and a link to every other page type in its nav', async () => {
    for (const [name, path] of pageTypes()) {
      const page = await context.newPage()
      await page.goto(fileUrl(dist, path))
      expect(await page.locator('h1').count(), name).toBe(1)
      const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, `${name}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1)
      })
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(await page.locator(landmark).count(), `${name} ${landmark}`).toBeGreaterThan(0)
      const nav = await page.locator('.site-header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect(nav.length, name).toBe(7)
      await page.close()
    }
  })

  it('has no serious or critical accessibility violation (axe-core), light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, path] of pageTypes()) {
        const page = await context.newPage()
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(fileUrl(dist, path))
        expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([])
        await page.close()
      }
    }
  })

  it('shows a visible focus ring on links reached by keyboard', async () => {
    const page = await context.newPage()
    await page.goto(fileUrl(dist, json.sources[0]!.page))
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).toBe('solid')
    await page.close()
  })

  it('reads with JavaScript off: every page type renders its content', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    for (const [name, path] of pageTypes()) {
      const page = await noScript.newPage()
      await page.goto(fileUrl(dist, path))
      const text = await page.locator('main').innerText()
      expect(text.length, name).toBeGreaterThan(100)
      await page.close()
    }
    await noScript.close()
  })

  it('loads no page with a console error or a request off the disk, and fits a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } })
    for (const [name, path] of pageTypes()) {
      const page = await phone.newPage()
      const problems = watchProblems(page)
      await page.goto(fileUrl(dist, path))
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0)
      expect(problems, name).toEqual({ errors: [], requests: [] })
      await page.close()
    }
    await phone.close()
  })
})
