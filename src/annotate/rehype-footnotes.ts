import type { Element, ElementContent, Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

/** One note attached to a sentence: a cross-reference to other sources, or the analyst's own note. */
export interface Note {
  kind: 'crossref' | 'analyst'
  /**
   * The note's content: phrasing content only (spans, links, marks), since public/scripts/sidenotes.js
   * copies it into the paragraph as a sidenote. Trusted markup built by Dossier; article text as text nodes.
   */
  content: ElementContent[]
}

export interface FootnotesOptions {
  /** Notes by sentence id, in the order they should be numbered within a sentence. */
  notes: ReadonlyMap<string, readonly Note[]>
  /** Heading of the footnotes section. */
  label?: string
  /** Rank of the section's heading (default 2). */
  headingRank?: number
  /** Prefix for the ids it makes (`fn-1`, `fnref-1`, `footnote-label`), for pages holding several sources. */
  idPrefix?: string
}

const emptyOptions: FootnotesOptions = { notes: new Map() }

/**
 * Puts a numbered reference after each sentence that has notes and the notes in a section at the
 * end, in the markup GitHub-flavoured Markdown footnotes use (`sup > a[data-footnote-ref]`,
 * `section[data-footnotes]`, `a[data-footnote-backref]`), so styles and tools know it. On wide
 * screens public/scripts/sidenotes.js also sets each note in the margin: done in the browser so that
 * the page carries each note once (notes are half of a source page's weight).
 */
export default function rehypeFootnotes(options?: FootnotesOptions) {
  const settings = options ?? emptyOptions
  const label = settings.label ?? 'Notes'
  const ids = idsWith(settings.idPrefix ?? '')
  const heading = `h${settings.headingRank ?? 2}`
  return (tree: Root): void => {
    const items: Element[] = []
    visit(tree, 'element', (node) => {
      const children: ElementContent[] = []
      let changed = false
      for (const child of node.children) {
        children.push(child)
        const id = child.type === 'element' ? child.properties['dataSentence'] : undefined
        const notes = typeof id === 'string' ? settings.notes.get(id) : undefined
        if (!notes?.length) continue
        changed = true
        for (const note of notes) {
          const number = items.length + 1
          children.push(referenceTo(number, note, ids))
          items.push(footnoteItem(number, note, ids))
        }
      }
      if (changed) node.children = children
      return changed ? SKIP : undefined
    })
    if (items.length) tree.children.push(footnotesSection(label, heading, items, ids) as RootContent)
  }
}

/** The ids of the footnote markup, with a prefix. */
interface FootnoteIds {
  note: (number: number) => string
  reference: (number: number) => string
  label: string
}

/** Makes the ids for one prefix. */
function idsWith(prefix: string): FootnoteIds {
  return { note: (n) => `${prefix}fn-${n}`, reference: (n) => `${prefix}fnref-${n}`, label: `${prefix}footnote-label` }
}

/** The superscript number after the sentence. */
function referenceTo(number: number, note: Note, ids: FootnoteIds): Element {
  return h('sup', { className: ['note-ref', `note-ref-${note.kind}`] }, [
    h('a', { href: `#${ids.note(number)}`, id: ids.reference(number), dataFootnoteRef: true, ariaDescribedBy: ids.label }, String(number)),
  ])
}

/** The note in the footnotes list, with its link back to the reference. */
function footnoteItem(number: number, note: Note, ids: FootnoteIds): Element {
  return h('li', { id: ids.note(number), className: [`note-${note.kind}`] }, [
    ...note.content,
    ' ',
    h('a.footnote-back', { href: `#${ids.reference(number)}`, dataFootnoteBackref: true, ariaLabel: `Back to reference ${number}` }, '↩'),
  ])
}

/** The section that closes the page. */
function footnotesSection(label: string, heading: string, items: Element[], ids: FootnoteIds): Element {
  return h('section.footnotes', { dataFootnotes: true, role: 'doc-endnotes', ariaLabelledBy: ids.label }, [
    h(heading, { id: ids.label }, label),
    h('ol', items),
  ])
}
