import type { Element, ElementContent, Text } from 'hast'

/**
 * Wrapping character ranges of an element's text in new elements, whatever elements the text is
 * already split across (a topic link inside a sentence, an analyst's mark around part of it).
 * Offsets count the characters of the element's text content, as `hast-util-to-string` gives it.
 */

/** Makes the element that wraps one piece of a range. */
export type Wrapper = (children: ElementContent[]) => Element

/** Wraps `[start, end)` of `element`'s text; a range crossing an existing element is wrapped piece by piece inside it. */
export function wrapTextRange(element: Element, start: number, end: number, wrap: Wrapper): void {
  if (end <= start) return
  wrapWithin(element, start, end, wrap, 0)
}

/** Walks `parent`'s children with `offset` = characters before it; returns the characters it holds. */
function wrapWithin(parent: Element, start: number, end: number, wrap: Wrapper, offset: number): number {
  const children: ElementContent[] = []
  let pending: ElementContent[] = []
  let position = offset
  const flush = () => {
    if (pending.length) children.push(wrap(pending))
    pending = []
  }
  for (const child of parent.children) {
    const length = textLength(child)
    const childStart = position
    const childEnd = position + length
    position = childEnd
    if (childEnd <= start || childStart >= end || length === 0) {
      flush()
      children.push(child)
    } else if (childStart >= start && childEnd <= end) {
      pending.push(child) // wholly inside: wrap it with its neighbours
    } else if (child.type === 'text') {
      const [before, inside, after] = splitText(child, Math.max(start - childStart, 0), Math.min(end, childEnd) - childStart)
      if (before) {
        flush()
        children.push(before)
      }
      pending.push(inside)
      if (after) {
        flush()
        children.push(after)
      }
    } else if (child.type === 'element') {
      flush()
      wrapWithin(child, start, end, wrap, childStart)
      children.push(child)
    } else {
      flush()
      children.push(child)
    }
  }
  flush()
  parent.children = children
  return position - offset
}

/** Splits a text node at two offsets into before, inside, after (empty parts are null). */
function splitText(node: Text, from: number, to: number): [Text | null, Text, Text | null] {
  const text = node.value
  const piece = (value: string): Text | null => (value ? { type: 'text', value } : null)
  return [piece(text.slice(0, from)), { type: 'text', value: text.slice(from, to) }, piece(text.slice(to))]
}

/** Characters of text a node holds. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0)
  return 0
}
