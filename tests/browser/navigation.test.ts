import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
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
  page = await browser.newPage()
  problems = watchProblems(page)
})

afterAll(async () => {
  await browser?.close()
})

describe('the seed dossier from file://', () => {
  it('opens the overview with its styles applied', async () => {
    await page.goto(fileUrl(dist, 'index.html'))
    expect(await page.locator('h1').textContent()).toBe(json.title)
    // The stylesheet sets the page background and the serif title; the browser default is transparent and serif-less.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
    const headingFont = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)
    expect(headingFont).toContain('Charter')
  })

  it('clicks through to a source page and back', async () => {
    const source = json.sources[1]!
    await page.click(`a[href="${source.page}"]`)
    expect(page.url()).toBe(fileUrl(dist, source.page))
    expect(await page.locator('h1').textContent()).toBe(source.title)
    const body = source.sentences.find((sentence) => sentence.role === 'body')!
    expect(await page.locator(`[id="${body.id}"]`).textContent()).toBe(body.text)
    await page.click('a.brand')
    expect(page.url()).toBe(fileUrl(dist, 'index.html'))
  })

  it('lands on a sentence anchor and highlights it', async () => {
    const source = json.sources[0]!
    const sentence = source.sentences.filter((s) => s.role === 'body').at(-1)!
    await page.goto(`${fileUrl(dist, source.page)}#${sentence.id}`)
    const highlighted = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).backgroundColor, sentence.id)
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)')
    const inView = await page.evaluate((id) => {
      const box = document.getElementById(id)!.getBoundingClientRect()
      return box.top >= 0 && box.top < window.innerHeight
    }, sentence.id)
    expect(inView).toBe(true)
  })

  it('reads on a phone-sized screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } })
    for (const path of ['index.html', json.sources[0]!.page]) {
      await phone.goto(fileUrl(dist, path))
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
    await phone.close()
  })

  it('logged no console error and made no request off the disk', () => {
    expect(problems.errors).toEqual([])
    expect(problems.requests).toEqual([])
  })
})
