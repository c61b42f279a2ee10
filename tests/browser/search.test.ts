import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { seriousViolations } from '../support/axe.ts'
import { fileUrl, launchBrowser, watchProblems, type PageProblems } from '../support/browser.ts'
import { readDossierJson } from '../support/read-site.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'

const dist = inject('seedSite')
let browser: Browser
let page: Page
let problems: PageProblems
let json: DossierJson

beforeAll(async () => {
  json = await readDossierJson(dist)
  browser = await launchBrowser()
  page = await (await browser.newContext({ bypassCSP: true })).newPage()
  problems = watchProblems(page)
})

afterAll(async () => {
  await browser?.close()
})

/** Types a query as a person would and waits for the status line to report on it. */
async function search(query: string): Promise<void> {
  const input = page.locator('#search-input')
  await input.fill('')
  await input.pressSequentially(query)
  await page.waitForFunction((q) => document.querySelector('.search-status')!.textContent!.includes(`“${q}”`), query)
}

/** The hrefs of the result links, in order. */
function resultHrefs(): Promise<string[]> {
  return page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
}

/** The id of the element that has focus. */
function focusedHref(): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? null)
}

describe('search from file://', () => {
  it('shows a labelled search box and hides the no-JavaScript notice', async () => {
    await page.goto(fileUrl(dist, json.pages.search))
    await expect.poll(() => page.locator('#search').isVisible()).toBe(true)
    expect(await page.locator('#search-nojs').isVisible()).toBe(false)
    expect(await page.getByLabel('Find sources, topics and sentences').getAttribute('type')).toBe('search')
  })

  it('finds the sentences naming a person and links each to its exact anchor, words marked', async () => {
    await search('Kartapolov')
    const expected = json.sources.flatMap((source) => source.sentences.filter((s) => s.role !== 'title' && s.text.includes('Kartapolov')).map((s) => `${source.page}#${s.id}`))
    expect(expected.length).toBeGreaterThan(0)
    const hrefs = await resultHrefs()
    for (const href of expected) expect(hrefs).toContain(href)
    const marks = await page.locator('.search-results mark').allTextContents()
    expect(marks.length).toBeGreaterThanOrEqual(expected.length)
    for (const mark of marks) expect(mark.toLowerCase()).toContain('kartapolov')
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ results? for “Kartapolov”/)
    // Results are built from elements, never parsed markup: only these tags appear.
    expect(await page.locator('.search-results :not(li, span, a, mark)').count()).toBe(0)
  })

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const hrefs = await resultHrefs()
    await page.locator('#search-input').focus()
    await page.keyboard.press('ArrowDown')
    expect(await focusedHref()).toBe(hrefs[0])
    await page.keyboard.press('ArrowDown')
    expect(await focusedHref()).toBe(hrefs[1] ?? hrefs[0])
    await page.keyboard.press('ArrowUp')
    expect(await focusedHref()).toBe(hrefs[0])
    await page.keyboard.press('Escape')
    expect(await focusedHref()).toBe('search-input')

    const target = hrefs.findIndex((href) => href.includes('#'))
    for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown')
    expect(await focusedHref()).toBe(hrefs[target])
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await Promise.all([page.waitForURL(/#/), page.keyboard.press('Enter')])
    const [path, id] = hrefs[target]!.split('#') as [string, string]
    expect(page.url()).toBe(`${fileUrl(dist, path)}#${id}`)
    expect(await page.locator(':target').getAttribute('id')).toBe(id)
    expect(await page.locator(':target').textContent()).toContain('Kartapolov')
  })

  it('comes back to the query with Back', async () => {
    await page.goBack()
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('Kartapolov')
    await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(0)
  })

  it('finds a source by a word of its title', async () => {
    const source = json.sources[0]!
    const word = source.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!
    await search(word)
    expect(await resultHrefs()).toContain(source.page)
  })

  it('says why a query of common words finds nothing', async () => {
    const input = page.locator('#search-input')
    await input.fill('the')
    await expect.poll(() => page.locator('.search-status').textContent()).toContain('not indexed')
    expect(await page.locator('.search-results li').count()).toBe(0)
  })

  it('has no serious or critical accessibility violations with results shown', async () => {
    await search('Kartapolov')
    const violations = await seriousViolations(page)
    expect(violations).toEqual([])
  })

  it('fits a phone-sized screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } })
    await phone.goto(`${fileUrl(dist, json.pages.search)}?q=Kartapolov`)
    await expect.poll(() => phone.locator('.search-results a').count()).toBeGreaterThan(0)
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await phone.close()
  })

  it('logged no console error and made no request off the disk', () => {
    expect(problems.errors).toEqual([])
    expect(problems.requests).toEqual([])
  })
})

describe('search with JavaScript off', () => {
  it('says search needs JavaScript and points to the overview and the topics index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const off = await context.newPage()
    await off.goto(fileUrl(dist, json.pages.search))
    expect(await off.locator('#search').isVisible()).toBe(false)
    const notice = off.locator('#search-nojs')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.textContent()).toContain('Search needs JavaScript')
    const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toContain(json.pages.overview)
    expect(links).toContain(json.pages.topics)
    await context.close()
  })
})
