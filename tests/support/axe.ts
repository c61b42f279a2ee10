import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** One axe-core finding, short. */
export interface Violation {
  id: string
  impact: string
  nodes: string[]
}

const require = createRequire(import.meta.url)
let source: Promise<string> | undefined

/**
 * Runs axe-core on the page and returns its serious and critical violations. The page's context
 * must bypass the site's Content-Security-Policy (`bypassCSP: true`), since axe is injected.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: await source })
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe
    // preload: false, or axe fetches the stylesheets by XMLHttpRequest, which file:// refuses.
    const result = await axe.run(document, { preload: false })
    return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.slice(0, 5).map((node) => node.target.join(' ')) }))
  })
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
