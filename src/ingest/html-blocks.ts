/**
 * Text blocks of extracted article HTML → paragraph candidates: `<p>`, `<li>`, `<blockquote>`
 * (its own text when it has no paragraphs), headings, `<pre>`, table rows, and loose text in
 * `<div>`s; and figure captions (`<figcaption>`) with their credit.
 */

import type { Caption } from '../model.ts'
import { splitInlineCredit } from './text-credits.ts'
import { normaliseSpace, type TextUnit } from './text-units.ts'

/** Elements whose text is one paragraph candidate. */
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR', 'DT', 'DD', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'FIGURE', 'DETAILS', 'SUMMARY', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET'])

/** Elements never read as text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH'])

/** Elements that are a candidate of their own (others only hold candidates). */
const LEAF_BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR', 'DT', 'DD', 'SUMMARY', 'ADDRESS'])

/** Class or itemprop words marking a caption's credit. */
const CREDIT_MARK = /credit|copyright|byline|source|photographer|attribution/i

/** Reads the paragraph candidates of an element, in document order; figcaptions are left to `readCaptions`. */
export function readBlocks(root: Element): TextUnit[] {
  const units: TextUnit[] = []
  collect(root, units)
  return units
}

/** Walks an element: a leaf block gives a unit; a container gives its runs of loose text as units. */
function collect(element: Element, units: TextUnit[]): void {
  let loose = ''
  const flush = (): void => {
    pushText(units, loose, false)
    loose = ''
  }
  for (const node of element.childNodes) {
    if (node.nodeType === 3) {
      loose += node.textContent ?? ''
      continue
    }
    if (node.nodeType !== 1) continue
    const child = node as Element
    const tag = child.tagName.toUpperCase()
    if (SKIPPED.has(tag)) continue
    if (tag === 'BR') loose += '\n'
    else if (!BLOCKS.has(tag)) loose += textOf(child)
    else {
      flush()
      readBlock(child, tag, units)
    }
  }
  flush()
}

/** Reads one block element into units. */
function readBlock(element: Element, tag: string, units: TextUnit[]): void {
  if (tag === 'FIGCAPTION') return
  if (tag === 'TR') return pushText(units, [...element.children].map((cell) => textOf(cell).trim()).filter(Boolean).join(' | '), false)
  if (LEAF_BLOCKS.has(tag) && !hasBlockChild(element)) return pushText(units, textOf(element), /^H\d$/.test(tag))
  collect(element, units)
}

/** True when an element holds block elements (a `<li>` with paragraphs, a `<blockquote>` with `<p>`s). */
function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => BLOCKS.has(child.tagName.toUpperCase()))
}

/** Adds the lines of a text as units (a `<br>` splits lines), whitespace-normalised, skipping empty ones. */
function pushText(units: TextUnit[], text: string, heading: boolean): void {
  for (const line of text.split('\n')) {
    const value = normaliseSpace(line)
    if (value) units.push(heading ? { text: value, blockStart: true, heading } : { text: value, blockStart: true })
  }
}

/** The text of an element, scripts and styles left out, `<br>` as a line break. */
export function textOf(element: Element): string {
  let text = ''
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase()
      if (tag === 'BR') text += '\n'
      else if (!SKIPPED.has(tag)) text += textOf(node as Element)
    }
  }
  return text
}

/** The captions of the figures in an element: figcaption text, with the credit element (or "Photograph: …" ending) apart. */
export function readCaptions(root: ParentNode): Caption[] {
  return [...root.querySelectorAll('figcaption')].flatMap((figcaption): Caption[] => {
    const creditElement = [...figcaption.querySelectorAll('*')].find((e) => CREDIT_MARK.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('itemprop') ?? ''}`))
    const credit = creditElement ? normaliseSpace(textOf(creditElement)) : ''
    const whole = normaliseSpace(textOf(figcaption))
    const text = credit ? normaliseSpace(whole.replace(credit, '')) : whole
    if (!text && !credit) return []
    if (credit) return [{ text: text || credit, credit: text ? credit : null }]
    const split = splitInlineCredit(text)
    return [split ? { text: split.caption, credit: split.credit } : { text, credit: null }]
  })
}
