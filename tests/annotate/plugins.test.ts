import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import rehypeAnalystMarks from '../../src/annotate/rehype-analyst-marks.ts'
import rehypeFootnotes, { type Note } from '../../src/annotate/rehype-footnotes.ts'
import rehypeSentenceAnchors from '../../src/annotate/rehype-sentence-anchors.ts'
import rehypeTopicLinks, { withoutOverlaps } from '../../src/annotate/rehype-topic-links.ts'

/** A paragraph of two sentences, as source-to-hast builds it. */
function tree(): Root {
  return {
    type: 'root',
    children: [
      h('p', [
        h('span.sentence', { dataSentence: 's-1' }, 'Sergei Lavrov met the envoy.'),
        ' ',
        h('span.sentence', { dataSentence: 's-2' }, 'Talks follow.'),
      ]),
    ],
  }
}

/** Runs one plugin on the tree. */
function run<O>(plugin: (options: O) => (tree: Root) => void, options: O): string {
  const processor = unified().use(plugin as never, options)
  return toHtml(processor.runSync(tree()) as Root)
}

describe('rehype-sentence-anchors', () => {
  it('gives each sentence its id', () => {
    expect(run(rehypeSentenceAnchors, {})).toBe(
      '<p><span class="sentence" data-sentence="s-1" id="s-1">Sergei Lavrov met the envoy.</span> <span class="sentence" data-sentence="s-2" id="s-2">Talks follow.</span></p>',
    )
  })

  it('takes a prefix', () => {
    expect(run(rehypeSentenceAnchors, { prefix: 'x-' })).toContain('id="x-s-1"')
  })
})

describe('rehype-topic-links', () => {
  it('links each mention to its topic page, titled with the topic name', () => {
    const links = new Map([['s-1', [{ start: 7, end: 13, href: '../topics/lavrov.html', topic: 'lavrov', name: 'Sergei Lavrov' }]]])
    expect(run(rehypeTopicLinks, { links })).toContain(
      'Sergei <a class="topic-link" href="../topics/lavrov.html" data-topic="lavrov" title="Topic: Sergei Lavrov">Lavrov</a> met the envoy.',
    )
  })

  it('links overlapping mentions once, the earlier and longer first', () => {
    const a = { start: 0, end: 13, href: 'a', topic: 'a', name: 'A' }
    const b = { start: 7, end: 13, href: 'b', topic: 'b', name: 'B' }
    const c = { start: 0, end: 6, href: 'c', topic: 'c', name: 'C' }
    expect(withoutOverlaps([b, c, a])).toEqual([a])
  })
})

describe('rehype-analyst-marks', () => {
  it('marks the annotated words', () => {
    expect(run(rehypeAnalystMarks, { marks: [{ sentence: 's-2', start: 0, end: 5, note: 'n1' }] })).toContain(
      '<mark class="analyst-mark" data-note="n1">Talks</mark> follow.',
    )
  })
})

describe('rehype-footnotes', () => {
  const note = (kind: Note['kind'], text: string): Note => ({ kind, content: [h('span.note-line', text)] })

  it('numbers references after their sentences and lists the notes in GFM footnote markup', () => {
    const notes = new Map([
      ['s-1', [note('analyst', 'Check this.'), note('crossref', 'Also in AFP.')]],
      ['s-2', [note('crossref', 'Also in TRT.')]],
    ])
    const html = run(rehypeFootnotes, { notes })
    expect(html).toContain(
      'met the envoy.</span><sup class="note-ref note-ref-analyst"><a href="#fn-1" id="fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup><sup class="note-ref note-ref-crossref"><a href="#fn-2" id="fnref-2"',
    )
    expect(html).toContain('Talks follow.</span><sup class="note-ref note-ref-crossref"><a href="#fn-3" id="fnref-3"')
    expect(html).toContain('<section class="footnotes" data-footnotes role="doc-endnotes" aria-labelledby="footnote-label"><h2 id="footnote-label">Notes</h2><ol>')
    expect(html).toContain('<li id="fn-2" class="note-crossref"><span class="note-line">Also in AFP.</span> <a class="footnote-back" href="#fnref-2" data-footnote-backref aria-label="Back to reference 2">↩</a></li>')
    expect(html).not.toContain('sidenote')
  })

  it('adds nothing when there are no notes', () => {
    expect(run(rehypeFootnotes, { notes: new Map() })).not.toContain('footnotes')
  })
})
