/**
 * Benchmark of rendering source pages outside Astro: generates a corpus, analyses it, then renders
 * every source as its page does (annotation inputs, the rehype pipeline, HTML), and reports the
 * milliseconds per source for each step. Run: node tests/bench/bench-render.ts [articles] (default 1000).
 */
import { unified } from 'unified'
import type { Root } from 'hast'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { hastToHtml } from '../../src/annotate/hast-to-html.ts'
import rehypeAnalystMarks from '../../src/annotate/rehype-analyst-marks.ts'
import rehypeFootnotes from '../../src/annotate/rehype-footnotes.ts'
import rehypeSentenceAnchors from '../../src/annotate/rehype-sentence-anchors.ts'
import rehypeTopicLinks from '../../src/annotate/rehype-topic-links.ts'
import { sourceToHast } from '../../src/annotate/source-to-hast.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { pageTargets } from '../../src/site/link-targets.ts'
import { sourcePage } from '../../src/site/paths.ts'
import { annotationInputsFor, toSourceAnnotations } from '../../src/site/source-annotations.ts'
import { generateArticles } from './generate-corpus.ts'

const size = Number(process.argv[2] ?? 1000)
const sources = generateArticles(size, 7).map(splitSource)
const analysis = analyzeCorpus(sources, [])
const index = indexDossier({ sources, analysis })

const totals = { inputs: 0, notes: 0, hast: 0, plugins: 0, html: 0 }
let bytes = 0
for (let round = 0; round < 2; round++) {
  // The first round warms the JIT and the diff memo as a build's first pages would; the second is timed.
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] = 0
  bytes = 0
  for (const source of sources) {
    let t = performance.now()
    const lap = (key: keyof typeof totals) => {
      const now = performance.now()
      totals[key] += now - t
      t = now
    }
    const inputs = annotationInputsFor(source, index, [], pageTargets(sourcePage(source.article.id)))
    lap('inputs')
    const annotations = toSourceAnnotations(inputs)
    lap('notes')
    const tree = sourceToHast(source)
    lap('hast')
    unified()
      .use(rehypeSentenceAnchors, { prefix: '' })
      .use(rehypeTopicLinks, { links: annotations.topicLinks })
      .use(rehypeAnalystMarks, { marks: annotations.marks })
      .use(rehypeFootnotes, { notes: annotations.notes, idPrefix: '', headingRank: 2 })
      .runSync(tree)
    lap('plugins')
    bytes += hastToHtml(tree as Root).length
    lap('html')
  }
}
const per = (ms: number) => (ms / sources.length).toFixed(2)
console.log(`${sources.length} sources, ${analysis.crossrefs.length} cross-references, ${(bytes / sources.length / 1024).toFixed(1)} kB of HTML per source`)
console.log(Object.entries(totals).map(([key, ms]) => `${key} ${per(ms)} ms`).join(', '), `· total ${per(Object.values(totals).reduce((a, b) => a + b, 0))} ms per source`)
