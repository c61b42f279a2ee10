/** What text from the web would look like had it become markup: elements and attributes the site never writes. */

import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import type { Page } from '../support/read-site.ts'

/** Elements the site never writes (all of them appear in the hostile fixtures). */
const FOREIGN = new Set(['iframe', 'img', 'svg', 'object', 'embed', 'frame', 'frameset', 'base', 'component', 'chart', 'b'])

/** Every element or attribute of a page that did not come from the site: foreign tags, handlers, script URLs, scripts but the site's. */
export function injectedElements(page: Page): string[] {
  const found: string[] = []
  visit(page.tree, 'element', (element: Element) => {
    const tag = element.tagName.toLowerCase()
    if (FOREIGN.has(tag)) found.push(`<${tag}>`)
    if (tag === 'script' && !/(^|\/)scripts\/(search|sidenotes)\.js$/.test(String(element.properties['src'] ?? ''))) found.push('<script> not the site’s')
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`)
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*(javascript|data|vbscript):/i.test(String(value))) found.push(`<${tag} ${name}=${String(value)}>`)
    }
  })
  return found
}
