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
    expect(await page.locator('h1 .sentence').textContent()).toBe(source.title)
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

  it('follows a footnote to its note, on to the other source’s sentence, and back', async () => {
    const crossref = json.crossrefs.find((c) => c.kind !== 'related')!
    const [from, to] = [crossref.members[0]!, crossref.members.find((m) => m.source !== crossref.members[0]!.source)!]
    const fromPage = json.sources.find((s) => s.id === from.source)!.page
    await page.goto(fileUrl(dist, fromPage))
    const note = page.locator(`section[data-footnotes] li:has(a[href$="#${to.sentence}"])`).first()
    const target = `#${await note.getAttribute('id')}`
    // The reference to that note sits right after the sentence, among the sentence's references.
    const ref = page.locator(`[id="${from.sentence}"] ~ sup a[data-footnote-ref][href="${target}"]`)
    await ref.click()
    expect(page.url()).toBe(`${fileUrl(dist, fromPage)}${target}`)
    expect(await note.isVisible()).toBe(true)
    const toPage = json.sources.find((s) => s.id === to.source)!.page
    await note.locator(`a[href$="#${to.sentence}"]`).first().click()
    expect(page.url()).toBe(`${fileUrl(dist, toPage)}#${to.sentence}`)
    // The style sheet is linked at the top of the body: read styles once the page has loaded it.
    await page.waitForLoadState('load')
    const highlighted = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).backgroundColor, to.sentence)
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)')
    await page.goBack()
    await page.locator(`li${target} a[data-footnote-backref]`).click()
    expect(page.url()).toBe(`${fileUrl(dist, fromPage)}${target.replace('#fn-', '#fnref-')}`)
  })

  it('follows a topic link to the topic page and from there back to the sentence', async () => {
    const topic = json.topics.find((t) => t.kind === 'person' && t.mentions.length > 0)!
    const mention = topic.mentions[0]!
    const sourcePage = json.sources.find((s) => s.id === mention.source)!.page
    await page.goto(fileUrl(dist, sourcePage))
    await page.locator(`[id="${mention.sentence}"] a.topic-link[href$="${topic.page.split('/').pop()}"]`).first().click()
    expect(page.url()).toBe(fileUrl(dist, topic.page))
    expect(await page.locator('h1').textContent()).toBe(topic.name)
    await page.locator(`a.in-context[href$="#${mention.sentence}"]`).first().click()
    expect(page.url()).toBe(`${fileUrl(dist, sourcePage)}#${mention.sentence}`)
  })

  it('shows notes in the margin on a wide screen and only as footnotes on a narrow one', async () => {
    const wide = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const narrow = await browser.newPage({ viewport: { width: 600, height: 900 } })
    const path = json.sources[0]!.page
    for (const view of [wide, narrow]) await view.goto(fileUrl(dist, path))
    const box = await wide.locator('.sidenote').first().boundingBox()
    const textBox = await wide.locator('.article-text').boundingBox()
    expect(box!.x).toBeGreaterThan(textBox!.x + textBox!.width)
    // One sidenote a reference, set by public/scripts/sidenotes.js: hidden from screen readers, links out of the tab order.
    expect(await wide.locator('.sidenote').count()).toBe(await wide.locator('sup.note-ref').count())
    expect(await wide.locator('.sidenote').first().getAttribute('aria-hidden')).toBe('true')
    expect(await wide.locator('.sidenote a').evaluateAll((links) => links.length > 0 && links.every((link) => (link as HTMLElement).tabIndex === -1))).toBe(true)
    expect(await wide.locator('.sidenote .footnote-back').count()).toBe(0)
    expect(await narrow.locator('.sidenote').first().isVisible()).toBe(false)
    expect(await narrow.locator('section[data-footnotes]').isVisible()).toBe(true)
    await wide.close()
    await narrow.close()
  })

  it('reads on a phone-sized screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } })
    for (const path of ['index.html', json.sources[0]!.page, json.pages.topics, json.topics[0]!.page]) {
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
