import { createHash } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'

/**
 * A page's frame: everything of a page that Astro writes around its content (the document head with
 * its Content-Security-Policy, the style sheet, the header and footer), rendered once by the Layout
 * with tokens in place of the title, the description and the main element's content, and then
 * filled for many pages (src/site/topic-page-writer.ts). The tokens are plain letters and digits,
 * which Astro's escaping leaves as they are.
 */

/** What a frame has tokens for. */
export type FrameSlot = 'title' | 'description' | 'main'

/** The token of each slot, as the Layout is given it. */
export const FRAME_TOKENS: Readonly<Record<FrameSlot, string>> = {
  title: 'DossierFrameTitle7d1f',
  description: 'DossierFrameDescription7d1f',
  main: 'DossierFrameMain7d1f',
}

/** A frame cut at its tokens: text, then a slot, then text, and so on. */
export interface PageFrame {
  parts: readonly string[]
  slots: readonly FrameSlot[]
}

const SLOT_OF = new Map(Object.entries(FRAME_TOKENS).map(([slot, token]) => [token, slot as FrameSlot]))
const TOKEN = new RegExp(Object.values(FRAME_TOKENS).join('|'), 'g')

/** Cuts a page rendered with the tokens; throws unless each slot appears exactly once. */
export function parseFrame(html: string): PageFrame {
  const parts: string[] = []
  const slots: FrameSlot[] = []
  let last = 0
  for (const match of html.matchAll(TOKEN)) {
    parts.push(html.slice(last, match.index))
    slots.push(SLOT_OF.get(match[0])!)
    last = match.index + match[0].length
  }
  parts.push(html.slice(last))
  for (const slot of Object.keys(FRAME_TOKENS) as FrameSlot[]) {
    const count = slots.filter((found) => found === slot).length
    if (count !== 1) throw new Error(`page frame: the ${slot} token appears ${count} times, not once`)
  }
  return { parts, slots }
}

/** The frame page Astro rendered at `path`, cut at its tokens, and a hash of it; the file is removed. */
export function takeFrame(path: string): { frame: PageFrame; hash: string } {
  const html = readFileSync(path, 'utf8')
  const frame = parseFrame(html)
  unlinkSync(path)
  return { frame, hash: frameHash(html) }
}

/** A hash of a frame page as rendered: a page written from another frame is not kept (page-record.ts). */
export function frameHash(html: string): string {
  return createHash('sha1').update(html).digest('base64url')
}

/** A page: the frame with its title and description (plain text, escaped here as Astro escapes them) and its main content (HTML, as given). */
export function fillFrame(frame: PageFrame, page: { title: string; description: string; main: string }): string {
  const values: Record<FrameSlot, string> = { title: astroText(page.title), description: astroAttribute(page.description), main: page.main }
  let html = frame.parts[0]!
  for (let i = 0; i < frame.slots.length; i++) html += values[frame.slots[i]!] + frame.parts[i + 1]!
  return html
}

/**
 * Text as Astro escapes an expression's value (`escapeHTML` in its runtime): the same page rendered
 * by a route, a curated topic's or an annotated source's, has the same bytes as one filled here.
 */
export function astroText(value: string): string {
  return /[&<>'"]/.test(value) ? value.replace(/[&<>'"]/g, (character) => ASTRO_ENTITIES[character]!) : value
}

/** An attribute value as Astro escapes it (`toAttributeString` in its runtime): ampersands and double quotes. */
export function astroAttribute(value: string): string {
  return /[&"]/.test(value) ? value.replace(/[&"]/g, (character) => ASTRO_ENTITIES[character]!) : value
}

const ASTRO_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' }
