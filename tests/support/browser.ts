import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium unless CHROME_PATH names another. */
export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

/** Headless Chromium with nothing that reaches the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** The file:// URL of a page of a built site. */
export function fileUrl(dist: string, path: string): string {
  return pathToFileURL(join(dist, path)).href
}

/** What a page did that it should not: console errors, uncaught exceptions, requests leaving the disk. */
export interface PageProblems {
  errors: string[]
  requests: string[]
}

/** Starts recording a page's problems. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], requests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text())
  })
  page.on('pageerror', (error) => problems.errors.push(error.message))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:')) problems.requests.push(url)
  })
  return problems
}
