import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { renderSource } from '../../src/annotate/render-source.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { pageTargets } from '../../src/site/link-targets.ts'
import { sourcePage } from '../../src/site/paths.ts'
import { fromRenderPayload, renderKey, renderPayload } from '../../src/site/render-cache.ts'
import { annotationInputsFor, toSourceAnnotations, type AnnotationInputs } from '../../src/site/source-annotations.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

const sources = generateArticles(12, 3).map(splitSource)
const index = indexDossier({ sources, analysis: analyzeCorpus(sources, []) })
const inputsOf = (i: number) => annotationInputsFor(sources[i]!, index, [], pageTargets(sourcePage(sources[i]!.article.id)))

/** The inputs with an analyst's note on the first sentence, its nodes placed at `line` of its file. */
function withAnalystNote(inputs: AnnotationInputs, sentence: string, line: number): AnnotationInputs {
  const position = { start: { line, column: 1 }, end: { line, column: 9 } }
  const content = [{ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: 'Checked with the ministry.', position }], position }]
  const notes = new Map(inputs.notes)
  notes.set(sentence, [{ kind: 'analyst', title: 'Source', content }, ...(notes.get(sentence) ?? [])])
  return { ...inputs, notes }
}

describe('render payload and key', () => {
  it('gives back what renders to the same page text', () => {
    for (let i = 0; i < sources.length; i++) {
      const inputs = inputsOf(i)
      const { source, inputs: back } = fromRenderPayload(renderPayload(sources[i]!, inputs))
      expect(source.sentences.map((sentence) => sentence.id)).toEqual(sources[i]!.sentences.map((sentence) => sentence.id))
      expect(renderSource(source, toSourceAnnotations(back))).toEqual(renderSource(sources[i]!, toSourceAnnotations(inputs)))
    }
  })

  it('keys on the text, the annotations and the options, not on where a note sits in the analyst’s file', () => {
    const inputs = inputsOf(0)
    const sentence = sources[0]!.sentences[1]!.id
    const key = renderKey('code', sources[0]!, withAnalystNote(inputs, sentence, 3), {})
    expect(renderKey('code', sources[0]!, withAnalystNote(inputs, sentence, 40), {})).toBe(key)
    expect(renderKey('code', sources[0]!, inputs, {})).not.toBe(key)
    expect(renderKey('other code', sources[0]!, withAnalystNote(inputs, sentence, 3), {})).not.toBe(key)
    expect(renderKey('code', sources[0]!, withAnalystNote(inputs, sentence, 3), { idPrefix: 'p-' })).not.toBe(key)
    expect(renderKey('code', sources[1]!, withAnalystNote(inputsOf(1), sources[1]!.sentences[1]!.id, 3), {})).not.toBe(key)
  })
})
