import type { Element, Nodes, Properties } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { htmlVoidElements } from 'html-void-elements'
import { find, html as schema } from 'property-information'

/**
 * HTML of a hast tree, byte for byte what `hast-util-to-html` (default options) writes, for the
 * shapes Dossier's own trees take: elements and text, string/number/boolean/space-separated
 * properties, HTML elements only. It is several times faster on them (a source page's notes are
 * thousands of small elements); any other shape — comments, raw HTML, script or style, SVG or
 * MathML, comma-separated lists — goes to `hast-util-to-html` itself.
 */
export function hastToHtml(tree: Nodes): string {
  const out: string[] = []
  return serialize(tree, out) ? out.join('') : toHtml(tree)
}

const VOID = new Set(htmlVoidElements)
/** Elements whose content is not ordinary HTML text: left to the library. */
const FOREIGN = new Set(['script', 'style', 'svg', 'math', 'template', 'textarea', 'title', 'noscript', 'iframe', 'xmp', 'plaintext', 'noembed', 'noframes'])

/** Appends the HTML of `node` to `out`; false when the node has a shape left to the library. */
function serialize(node: Nodes, out: string[]): boolean {
  switch (node.type) {
    case 'text':
      out.push(escapeText(node.value))
      return true
    case 'root':
      for (const child of node.children) if (!serialize(child, out)) return false
      return true
    case 'element':
      return element(node, out)
    default:
      return false
  }
}

/** An element: its opening tag, its children and its closing tag (none for a void element). */
function element(node: Element, out: string[]): boolean {
  const tag = node.tagName
  if (!isPlainName(tag) || FOREIGN.has(tag)) return false
  const attributes = serializeAttributes(node.properties)
  if (attributes === null) return false
  out.push(attributes ? `<${tag} ${attributes}>` : `<${tag}>`)
  if (VOID.has(tag)) return node.children.length === 0
  for (const child of node.children) if (!serialize(child, out)) return false
  out.push(`</${tag}>`)
  return true
}

/** The attributes, space-separated, or null when one of them is left to the library. */
function serializeAttributes(properties: Properties): string | null {
  let result = ''
  for (const key in properties) {
    const value = properties[key]
    if (value === null || value === undefined) continue
    const attribute = serializeAttribute(key, value)
    if (attribute === null) return null
    if (attribute) result += result ? ` ${attribute}` : attribute
  }
  return result
}

/** Attribute names and kinds by property name, looked up once. */
const infos = new Map<string, ReturnType<typeof find>>()

/** One attribute as `name="value"`, `name` for true, '' for none, null when left to the library. */
function serializeAttribute(key: string, raw: Properties[string]): string | null {
  let info = infos.get(key)
  if (!info) {
    info = find(schema, key)
    infos.set(key, info)
  }
  let value = raw
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value)
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return ''
  if (!isPlainName(info.attribute)) return null
  if (value === true) return info.attribute
  let text: string
  if (Array.isArray(value)) {
    if (info.commaSeparated) return null
    text = value.join(' ').trim()
  } else text = String(value)
  return `${info.attribute}="${escapeAttribute(text)}"`
}

/** Names already checked: a page repeats a few dozen tag and attribute names thousands of times. */
const plainNames = new Map<string, boolean>()

/** Whether a tag or attribute name needs no escaping (lower-case letters, digits, hyphens). */
function isPlainName(name: string): boolean {
  let plain = plainNames.get(name)
  if (plain === undefined) {
    plain = /^[a-z][a-z0-9-]*$/.test(name)
    if (plainNames.size < 10_000) plainNames.set(name, plain)
  }
  return plain
}

/** `&` and `<` as character references, as the library writes them in text. */
export function escapeText(value: string): string {
  return /[&<]/.test(value) ? value.replace(/[&<]/g, reference) : value
}

/** The characters the library escapes in a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, reference) : value
}

/** A hexadecimal character reference, upper-case digits (`&#x3C;`). */
function reference(character: string): string {
  return `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`
}
