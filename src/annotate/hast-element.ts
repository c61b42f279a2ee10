import type { Element, ElementContent, Properties } from 'hast'

/** A child as `element` takes it: a node, text, or nothing (null, undefined, false: left out). */
export type Child = ElementContent | string | null | undefined | false

/**
 * A hast element from its tag, properties (hast's names: `className: ['x']`, `ariaLabel`) and
 * children, strings becoming text. What `hastscript`'s `h` makes of the same arguments, without
 * parsing a selector and normalising every property on each call: the topic pages of a
 * 10,000-article dossier make some three million elements, and `h` was a third of their cost.
 */
export function element(tagName: string, properties: Properties | null, children: readonly Child[] | string = []): Element {
  const content: ElementContent[] = []
  if (typeof children === 'string') content.push({ type: 'text', value: children })
  else for (const child of children) if (child !== null && child !== undefined && child !== false) content.push(typeof child === 'string' ? { type: 'text', value: child } : child)
  return { type: 'element', tagName, properties: properties ?? {}, children: content }
}
