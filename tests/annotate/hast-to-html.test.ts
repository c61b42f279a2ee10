import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { hastToHtml } from '../../src/annotate/hast-to-html.ts'
import { renderSourceTree } from '../../src/annotate/render-source.ts'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { pageTargets } from '../../src/site/link-targets.ts'
import { sourcePage } from '../../src/site/paths.ts'
import { annotationInputsFor, toSourceAnnotations } from '../../src/site/source-annotations.ts'
import { loadCluster } from '../eval/load-cluster.ts'

/** Text with the characters HTML cares about. */
const text = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '`', '\0', 'é', '’', '\u00a0', '\n', '😀') })
const properties = fc.record(
  {
    className: fc.array(fc.constantFrom('note', 'sentence', 'differs', ''), { maxLength: 3 }),
    id: text,
    href: text,
    dataSentence: text,
    dataFootnoteRef: fc.boolean(),
    ariaHidden: fc.constantFrom('true', 'false'),
    tabIndex: fc.integer({ min: -1, max: 3 }),
    hidden: fc.oneof(fc.boolean(), fc.constant('')),
    title: text,
    style: text,
    download: fc.oneof(fc.boolean(), text),
  },
  { requiredKeys: [] },
)
const tree = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value): ElementContent => ({ type: 'text', value })),
    fc.tuple(fc.constantFrom('p', 'span', 'a', 'mark', 'sup', 'section', 'li', 'br', 'img', 'h2'), properties, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, props, children]): ElementContent => h(tag, props, tag === 'br' || tag === 'img' ? [] : children)),
  ),
})).node

describe('hastToHtml', () => {
  it('writes what hast-util-to-html writes, on any tree of the shapes it serialises itself', () => {
    fc.assert(fc.property(fc.array(tree, { maxLength: 5 }), (children) => {
      const root: Root = { type: 'root', children }
      expect(hastToHtml(root)).toBe(toHtml(root))
    }), { numRuns: 500 })
  })

  it('leaves other shapes to hast-util-to-html', () => {
    const root: Root = { type: 'root', children: [h('p', [{ type: 'comment', value: 'x' }]), h('style', 'a < b'), h('td', { headers: ['a', 'b'] }, 'x'), h('input', { accept: ['a', 'b'] })] }
    expect(hastToHtml(root)).toBe(toHtml(root))
  })

  it('writes every source page of a labelled cluster as hast-util-to-html does', () => {
    const sources = loadCluster(fileURLToPath(new URL('../fixtures/clusters/korea-missile', import.meta.url)))
    const analysis = analyzeCorpus(sources, [])
    const index = indexDossier({ sources, analysis })
    expect(analysis.crossrefs.length).toBeGreaterThan(0)
    for (const source of sources) {
      const annotations = toSourceAnnotations(annotationInputsFor(source, index, [], pageTargets(sourcePage(source.article.id))))
      const tree = renderSourceTree(source, annotations)
      const html = hastToHtml(tree)
      expect(html).toContain('data-footnote-ref')
      expect(html).toBe(toHtml(tree))
    }
  })
})
