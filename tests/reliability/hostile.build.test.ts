import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DossierJson } from '../../src/site/dossier-json.ts'
import { awkwardCases, awkwardFixtures } from '../fixtures/make-awkward.ts'
import { fileUrl, launchBrowser } from '../support/browser.ts'
import { buildSite, removeSite, type BuiltSite } from '../support/build-site.ts'
import { readDossierJson, readPages, type Page } from '../support/read-site.ts'
import { injectedElements } from './injected.ts'
import { normalise, tempFolders } from './site-text.ts'

/**
 * Hostile text in the browser, from file://, with the site's Content-Security-Policy in force (no
 * `bypassCSP`): nothing from the articles runs, every hostile string is visible as typed, the
 * site's own styles and scripts work under the policy, and the policy blocks what an injection
 * would add.
 */

const HOSTILE = ['hostile-script.txt', 'hostile-mdx.txt', 'markdown-looking.txt', 'template-syntax.txt', 'hostile.md', 'hostile.html', 'arabic.txt']

const folders = tempFolders()
let site: BuiltSite
let json: DossierJson
let pages: Map<string, Page>
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  const seeds = await folders.make('hostile')
  for (const file of HOSTILE) await copyFile(join(awkwardFixtures, file), join(seeds, file))
  site = await buildSite({ seeds, content: await folders.make('content') })
  json = await readDossierJson(site.dist)
  pages = await readPages(site.dist)
  browser = await launchBrowser()
  context = await browser.newContext()
})

afterAll(async () => {
  await browser?.close()
  if (site) await removeSite(site)
  await folders.removeAll()
})

/** What a page did in the browser: dialogs opened, console errors (CSP violations among them), uncaught errors. */
interface Seen {
  dialogs: string[]
  errors: string[]
  /** Requests for anything off the disk, with how they ended ("blocked by CSP", "failed: …" or "loaded"). */
  requests: string[]
}

/** Opens a page of the built site from disk and records what it does. */
async function open(path: string, into: BrowserContext = context): Promise<{ page: BrowserPage; seen: Seen }> {
  const page = await into.newPage()
  const seen: Seen = { dialogs: [], errors: [], requests: [] }
  const offDisk = (url: string) => !/^(file|data|about):/.test(url)
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? ''
    if (offDisk(request.url())) seen.requests.push(`${request.url()} ${/^csp$|BLOCKED_BY_CSP/i.test(failure) ? 'blocked by CSP' : `failed: ${failure}`}`)
  })
  page.on('requestfinished', (request) => {
    if (offDisk(request.url())) seen.requests.push(`${request.url()} loaded`)
  })
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text())
  })
  page.on('pageerror', (error) => seen.errors.push(error.message))
  await page.goto(fileUrl(site.dist, path), { waitUntil: 'load' })
  return { page, seen }
}

/** The reading text of a source page in the browser, notes left out, normalised. */
function readingText(page: BrowserPage): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector('article.source')!.cloneNode(true) as HTMLElement
    for (const note of article.querySelectorAll('sup.note-ref, .sidenote, .footnotes, [data-footnotes]')) note.remove()
    return article.textContent ?? ''
  }).then(normalise)
}

/** Elements and attributes in the live page that the site never writes (see injected.ts), counted by the browser. */
function liveInjected(page: BrowserPage): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const element of document.querySelectorAll('iframe, img, svg, object, embed, component, chart, b, base')) found.push(element.tagName)
    for (const script of document.scripts) if (!/\/scripts\/(search|sidenotes)\.js$/.test(script.src) && !/\/search\/[^/]+\.js$/.test(script.src)) found.push(`script ${script.src}`)
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`)
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && ['href', 'src', 'action'].includes(attribute.name)) found.push(`${element.tagName} ${attribute.name}`)
      }
    }
    return found
  })
}

describe('hostile text', () => {
  it('is in the corpus, read as sources', () => {
    expect(json.sources.map((source) => source.file).sort()).toEqual([...HOSTILE].sort())
  })

  it('never becomes markup in any built page', () => {
    for (const page of pages.values()) expect(injectedElements(page), page.path).toEqual([])
  })

  it('is shown verbatim on its page in the browser, and nothing of it runs (every page of the site)', async () => {
    const snippets = new Map(awkwardCases().flatMap((c) => (c.outcome === 'source' ? [[c.file, c.snippets] as const] : [])))
    for (const path of pages.keys()) {
      const { page, seen } = await open(path)
      await page.waitForTimeout(50)
      expect(seen.dialogs, path).toEqual([])
      expect(seen.errors, path).toEqual([])
      expect(await liveInjected(page), path).toEqual([])
      const source = json.sources.find((s) => s.page === path)
      if (source) {
        const text = await readingText(page)
        for (const snippet of snippets.get(source.file) ?? []) expect(text, `${path}: ${snippet}`).toContain(normalise(snippet))
      }
      await page.close()
    }
  })

  it('sets right-to-left text right to left, with its language', async () => {
    const arabic = json.sources.find((source) => source.file === 'arabic.txt')!
    const { page } = await open(arabic.page)
    const paragraph = page.locator('.article-text p').first()
    expect(await paragraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')
    expect(await paragraph.getAttribute('lang')).toBe('ar')
    expect(await page.locator('h1.article-title').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl')
    // The page's own words stay left to right.
    expect(await page.locator('.article-head .meta').evaluate((ul) => getComputedStyle(ul).direction)).toBe('ltr')
    await page.close()
  })

  it('is found by search and shown as text in the results, under the policy', async () => {
    const { page, seen } = await open(json.pages.search)
    await page.locator('#search-input').fill('cookie')
    const result = page.locator('.search-result').first()
    await result.waitFor({ timeout: 10_000 })
    expect(normalise(await page.locator('.search-results').innerText())).toContain('<script>alert(document.cookie)</script>')
    expect(await liveInjected(page)).toEqual([])
    expect(seen.dialogs).toEqual([])
    expect(seen.errors).toEqual([])
    await page.close()
  })
})

describe('the Content-Security-Policy', () => {
  it('is a <meta> on every page, before any style or script, and allows nothing from elsewhere', () => {
    for (const page of pages.values()) {
      // The page's description quotes the article: a "<script" there is text in an attribute, not an element.
      const html = page.html.replace(/<meta name="description" content="[^"]*">/, '<meta name="description">')
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)
      expect(meta, page.path).not.toBeNull()
      const at = html.indexOf(meta![0])
      expect(at, page.path).toBeLessThan(html.indexOf('</head>'))
      for (const tag of ['<link rel="stylesheet"', '<style', '<script']) if (html.includes(tag)) expect(at, `${page.path} ${tag}`).toBeLessThan(html.indexOf(tag))
      const policy = directives(meta![1]!.replaceAll('&#39;', "'"))
      expect(policy.get('default-src'), page.path).toEqual(["'none'"])
      expect(policy.get('script-src')?.filter((source) => !source.startsWith("'sha256-")), page.path).toEqual(["'self'"])
      expect(policy.get('style-src'), page.path).toEqual(["'self'"])
      expect(policy.get('style-src-elem')?.filter((source) => !source.startsWith("'sha256-")), page.path).toEqual(["'self'"])
      expect(policy.get('style-src-attr'), page.path).toEqual(["'unsafe-inline'"])
      expect(policy.get('base-uri'), page.path).toEqual(["'none'"])
      expect(policy.get('object-src'), page.path).toEqual(["'none'"])
      expect(policy.get('form-action'), page.path).toEqual(["'self'"])
      expect(meta![1], page.path).not.toMatch(/unsafe-eval|https?:|\*/)
    }
  })

  it('lets the site’s own styles, inline <style> and scripts work from file:// (checked with the policy in force)', async () => {
    const { page, seen } = await open(json.pages.search)
    // The bundled stylesheet (relative link) applies: the site header is laid out by it.
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).display)).not.toBe('inline')
    // The page's inline <style> (hashed by Astro) applies: .search-box is a flex row.
    await page.locator('#search').waitFor({ state: 'visible' })
    expect(await page.locator('.search-box').evaluate((box) => getComputedStyle(box).display)).toBe('flex')
    // The classic script ran (it unhides the search form) and loads its index shards by <script src>.
    await page.locator('#search-input').fill('palmyra')
    await page.locator('.search-result').first().waitFor({ timeout: 10_000 })
    // Inline style attributes (the sources' colours) apply.
    const source = await open(json.sources[0]!.page)
    expect(await source.page.locator('article.source').evaluate((article) => getComputedStyle(article).getPropertyValue('--hue'))).not.toBe('')
    expect(seen.errors).toEqual([])
    expect(source.seen.errors).toEqual([])
    await Promise.all([page.close(), source.page.close()])
  })

  it('blocks an injected inline script, event handler, style element and remote load — and only because of the policy', async () => {
    const sourcePage = json.sources[0]!.page
    const html = await readFile(join(site.dist, sourcePage), 'utf8')
    const injection = '<script>window.__ran = (window.__ran || 0) + 1</script>' +
      '<img id="probe-img" src="missing.png" onerror="window.__ran = (window.__ran || 0) + 1">' +
      '<style>body { --probe: injected }</style>' +
      '<a id="probe-link" href="javascript:window.__ran = 99">x</a>' +
      '<link rel="stylesheet" href="https://example.invalid/remote.css"><img src="https://example.invalid/pixel.png">'
    const withInjection = html.replace('<main id="main">', `<main id="main">${injection}`)
    expect(withInjection).not.toBe(html)
    await writeFile(join(site.dist, 'sources', 'probe-injected.html'), withInjection)
    await writeFile(join(site.dist, 'sources', 'probe-no-policy.html'), withInjection.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''))

    const guarded = await open('sources/probe-injected.html')
    await guarded.page.locator('#probe-link').click()
    expect(await guarded.page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined()
    expect(await guarded.page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--probe'))).toBe('')
    expect(guarded.seen.errors.filter((error) => /Content Security Policy/.test(error)).length).toBeGreaterThanOrEqual(5)
    expect(guarded.seen.requests.sort()).toEqual(['https://example.invalid/pixel.png blocked by CSP', 'https://example.invalid/remote.css blocked by CSP'])
    // The site's own stylesheet still applies on the guarded page.
    expect(await guarded.page.locator('.site-header').evaluate((header) => getComputedStyle(header).display)).not.toBe('inline')

    // The same page without the policy runs the injection: the test can tell.
    const unguarded = await open('sources/probe-no-policy.html')
    await unguarded.page.waitForFunction(() => (window as unknown as { __ran?: number }).__ran === 2)
    expect(await unguarded.page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--probe').trim())).toBe('injected')
    expect(unguarded.seen.requests.filter((request) => request.endsWith('blocked by CSP'))).toEqual([])
    await Promise.all([guarded.page.close(), unguarded.page.close()])
  })
})

/** A policy's directives: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...sources]) => [name!, sources]))
}
