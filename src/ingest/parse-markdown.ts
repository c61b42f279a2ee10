/**
 * Markdown clippings (.md), as web clippers save them: YAML front matter (title, source/url,
 * author, published, site, description) and a Markdown body. The body is parsed into an mdast
 * tree (`mdast-util-from-markdown` with GFM) and read block by block into paragraph candidates:
 * markup gives way to its text (links keep their text), headings become paragraphs unless they
 * repeat the title, list items are one paragraph each, images give captions (title, else alt),
 * raw HTML stays verbatim as boilerplate (text is data, never interpreted). The candidates then go
 * through the same rules as plain text (credits, datelines, furniture, trailers).
 */

import type { Blockquote, Heading, Image, List, Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { gfm } from 'micromark-extension-gfm'
import type { Caption, ParsedArticle } from '../model.ts'
import { fieldsFromFrontMatter, splitFrontMatter } from './front-matter.ts'
import { assembleArticle, type KnownFields } from './text-article.ts'
import { splitInlineCredit } from './text-credits.ts'
import { normaliseSpace, textUnits, type TextUnit } from './text-units.ts'

/** Options of the Markdown parser. */
export interface ParseMarkdownOptions {
  fallbackTitle?: string;
  warnings?: readonly string[];
}

/** What reading the blocks of a Markdown body gives. */
interface Collected {
  units: TextUnit[];
  captions: Caption[];
  /** Raw HTML blocks, kept verbatim. */
  html: string[];
  /** True while the block just read was a paragraph of images only (its caption may follow). */
  afterImages: boolean;
}

/** Parses a Markdown clipping into article fields. */
export function parseMarkdown(markdown: string, options: ParseMarkdownOptions = {}): ParsedArticle {
  const warnings = [...(options.warnings ?? [])]
  const split = splitFrontMatter(markdown)
  warnings.push(...split.warnings)
  const known: KnownFields = split.data ? fieldsFromFrontMatter(split.data, warnings) : {}
  const tree = fromMarkdown(split.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const collected: Collected = { units: [], captions: [], html: [], afterImages: false }
  tree.children.forEach((node) => readBlock(node, collected))
  const title = known.title ?? leadingHeading(collected.units)
  if (title !== undefined) known.title = title
  const units = collected.units.filter((u) => !(u.heading && title !== undefined && sameText(u.text, title)))
  const article = assembleArticle({
    units, known, captions: collected.captions, warnings,
    ...(options.fallbackTitle === undefined ? {} : { fallbackTitle: options.fallbackTitle }),
  })
  article.boilerplate.push(...collected.html)
  return article
}

/** The first unit's text when it is a heading: the clipping's own title. */
function leadingHeading(units: readonly TextUnit[]): string | undefined {
  const first = units[0]
  return first?.heading ? first.text : undefined
}

/** True when two texts match but for case and spacing. */
function sameText(a: string, b: string): boolean {
  return normaliseSpace(a).toLowerCase() === normaliseSpace(b).toLowerCase()
}

/** Readers of the block nodes that hold text; other nodes (breaks, definitions) carry none. */
const BLOCK_READERS: Partial<Record<RootContent['type'], (node: never, out: Collected) => void>> = {
  heading: (node: Heading, out) => pushUnit(out, text(node), true),
  list: readList,
  blockquote: (node: Blockquote, out) => node.children.forEach((child) => readBlock(child, out)),
  code: (node: { value: string }, out) => pushUnit(out, node.value, false),
  html: (node: { value: string }, out) => {
    if (node.value.trim()) out.html.push(node.value.trim())
  },
  table: readTable,
  footnoteDefinition: (node: { children: RootContent[] }, out) => node.children.forEach((child) => readBlock(child, out)),
}

/** Reads one block node into units and captions. */
function readBlock(node: RootContent, out: Collected): void {
  const reader = BLOCK_READERS[node.type] as ((node: RootContent, out: Collected) => void) | undefined
  const afterImages = out.afterImages
  out.afterImages = false
  if (node.type === 'paragraph') readParagraph(node, out, afterImages)
  else reader?.(node, out)
}

/** Adds a paragraph candidate, whitespace-normalised, unless empty. */
function pushUnit(out: Collected, raw: string, heading: boolean): void {
  const value = normaliseSpace(raw)
  if (value) out.units.push(heading ? { text: value, blockStart: true, heading } : { text: value, blockStart: true })
}

/** The text of a node: markup gives way to its text, image alt and inline HTML left out. */
function text(node: Nodes | Nodes[]): string {
  return toString(keepInlineHtml(node), { includeImageAlt: false, includeHtml: true })
}

/** Tags a clipper adds for mere formatting: dropped, their text kept. Any other inline HTML stays as typed, as text. */
const FORMATTING_TAG = /^<\/?(?:b|i|em|strong|u|s|sup|sub|span|small|mark|abbr|cite|q|del|ins|br|wbr)(?:\s[^<>]*)?\/?>$/i

/** Inline HTML without its formatting tags (`<b>`, `<sup>`, …), so that only the words and any other markup remain. */
function keepInlineHtml<T extends Nodes | Nodes[]>(node: T): T {
  if (Array.isArray(node)) return node.map(keepInlineHtml) as T
  if (node.type === 'html') return (FORMATTING_TAG.test(node.value.trim()) ? { ...node, value: '' } : node) as T
  if ('children' in node) return { ...node, children: (node.children as Nodes[]).map(keepInlineHtml) } as T
  return node
}

/**
 * A paragraph: its images become captions; its text becomes units (lines at hard breaks, rejoined
 * where a sentence goes on, as in plain text).
 * An all-emphasis paragraph right under an image-only paragraph is that image's caption.
 */
function readParagraph(node: Paragraph, out: Collected, afterImages: boolean): void {
  const images = imagesIn(node.children)
  const lines = splitAtBreaks(node.children).map((line) => normaliseSpace(text(line))).filter(Boolean)
  const units = textUnits(lines.join('\n'))
  const last = out.captions.at(-1)
  if (afterImages && last && images.length === 0 && units.length === 1 && isAllEmphasis(node)) {
    out.captions[out.captions.length - 1] = captionUnderImage(last, units[0]?.text ?? '')
    return
  }
  pushImageCaptions(images, out)
  for (const unit of units) pushUnit(out, unit.text, false)
  out.afterImages = images.length > 0 && units.length === 0
}

/** Captions from images: the title when given, else the alt text; images without either give none. */
function pushImageCaptions(images: readonly Image[], out: Collected): void {
  for (const image of images) {
    const caption = normaliseSpace(image.title ?? '') || normaliseSpace(image.alt ?? '')
    if (caption) out.captions.push({ text: caption, credit: null })
  }
}

/** The caption written under an image, with its credit split off; the alt text is kept when it says more. */
function captionUnderImage(fromImage: Caption, written: string): Caption {
  const credited = splitInlineCredit(written)
  const text = credited?.caption ?? written
  const keepAlt = fromImage.text && !sameText(fromImage.text, text) && !text.toLowerCase().includes(fromImage.text.toLowerCase())
  return { text: keepAlt ? `${text} (${fromImage.text})` : text, credit: credited?.credit ?? null }
}

/** Every image in some phrasing content, including images inside links. */
function imagesIn(nodes: readonly PhrasingContent[]): Image[] {
  return nodes.flatMap((node) => node.type === 'image' ? [node] : 'children' in node ? imagesIn(node.children as PhrasingContent[]) : [])
}

/** Phrasing content cut into lines at hard breaks. */
function splitAtBreaks(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  for (const node of nodes) {
    if (node.type === 'break') lines.push([])
    else lines[lines.length - 1]?.push(node)
  }
  return lines
}

/** True when a paragraph is all emphasis (a caption typed in italics), whitespace aside. */
function isAllEmphasis(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()))
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'emphasis')
}

/** A list: one unit per item (its own paragraphs), nested lists after it. */
function readList(node: List, out: Collected): void {
  for (const item of node.children) {
    const own = item.children.filter((child) => child.type !== 'list')
    for (const child of own) if (child.type === 'paragraph') pushImageCaptions(imagesIn(child.children), out)
    pushUnit(out, own.map((child) => text(child)).join(' '), false)
    for (const child of item.children) if (child.type === 'list') readList(child, out)
  }
}

/** A table: one unit per row, cells joined with " | ". */
function readTable(node: Table, out: Collected): void {
  for (const row of node.children) pushUnit(out, row.children.map((cell) => text(cell)).join(' | '), false)
}
