import type { Root } from 'hast'
import { h } from 'hastscript'
import { visit } from 'unist-util-visit'
import { wrapTextRange } from './hast-text-ranges.ts'

/** A passage the analyst annotated: characters `[start, end)` of one sentence. */
export interface AnalystMark {
  sentence: string
  start: number
  end: number
  /** The annotation's id, kept on the mark. */
  note: string
}

export interface AnalystMarksOptions {
  marks: readonly AnalystMark[]
}

/** Highlights each annotated passage with `<mark class="analyst-mark">` inside its sentence. */
export default function rehypeAnalystMarks(options: AnalystMarksOptions) {
  const bySentence = new Map<string, AnalystMark[]>()
  for (const mark of options.marks) bySentence.set(mark.sentence, [...(bySentence.get(mark.sentence) ?? []), mark])
  return (tree: Root): void => {
    if (bySentence.size === 0) return
    visit(tree, 'element', (node) => {
      const id = node.properties['dataSentence']
      if (typeof id !== 'string') return
      for (const mark of bySentence.get(id) ?? []) {
        wrapTextRange(node, mark.start, mark.end, (children) => h('mark.analyst-mark', { dataNote: mark.note }, children))
      }
    })
  }
}
