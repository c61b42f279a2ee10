import type { Element, ElementContent, Properties, Root } from 'hast'
import { h } from 'hastscript'
import { textScript } from '../ingest/text-script.ts'
import type { Block, Source } from '../model.ts'

/** What the page text is drawn from: the blocks and their sentences (not the article's other fields). */
export type SourceText = Pick<Source, 'blocks' | 'sentences'>

/**
 * Builds the hast tree of a source straight from its blocks — no Markdown parser in between, so
 * the article's text is only ever text nodes. Each sentence is a `span.sentence` carrying its id in
 * `data-sentence`; the rehype plugins of src/annotate add anchors, links and notes on top.
 * The first child is the title (`h1`), the rest the article's text.
 */
export function sourceToHast(source: SourceText, titleRank: 1 | 2 | 3 = 1): Root {
  const script = scriptProperties(source)
  return { type: 'root', children: source.blocks.map((block) => blockToElement(block, titleRank, script)) }
}

/** `dir="rtl"` for a source written mostly right to left, `lang` when its script tells; nothing for the usual case. */
function scriptProperties(source: SourceText): Properties {
  const { dir, lang } = textScript(source.sentences.map((sentence) => sentence.text).join(' '))
  return { ...(dir === 'rtl' ? { dir } : {}), ...(lang ? { lang } : {}) }
}

/** One block: the title, the standfirst, a caption (with its credit) or a body paragraph. */
function blockToElement(block: Block, titleRank: number, script: Properties): Element {
  const sentences = sentencesOf(block)
  if (block.role === 'title') return h(`h${titleRank}.article-title`, script, sentences)
  if (block.role === 'standfirst') return h('p.standfirst', script, sentences)
  if (block.role === 'caption') {
    const credit = block.credit ? [' ', h('span.credit', block.credit)] : []
    return h('figure.caption', script, [h('figcaption', [...sentences, ...credit])])
  }
  return h('p', script, sentences)
}

/** The sentences of a block as spans, separated by the white space that separated them (none between Chinese sentences). */
function sentencesOf(block: Block): ElementContent[] {
  const children: ElementContent[] = []
  block.sentences.forEach((sentence, i) => {
    const gap = block.sentences[i - 1]?.gap
    if (gap) children.push({ type: 'text', value: gap })
    children.push(h('span.sentence', { dataSentence: sentence.id }, sentence.text))
  })
  return children
}
