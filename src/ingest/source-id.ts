import { createHash } from 'node:crypto'

/**
 * Source ids come from file names, so a source keeps its id (and its page address) when other
 * files are added, removed or renamed.
 */

/**
 * Turns a path relative to the seeds folder into a URL-safe id: accents folded, lower case, `-`
 * between words, no extension. A name with no Latin letters or digits (e.g. Cyrillic) gets
 * `source-` and a hash of the name, which is just as stable.
 */
export function sourceIdFromPath(file: string): string {
  const withoutExtension = file.replace(/\.[^./\\]+$/, '')
  const slug = withoutExtension
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || `source-${createHash('sha1').update(file.normalize('NFC')).digest('hex').slice(0, 8)}`
}

/** Gives every path its id, appending `-2`, `-3`, … where two paths would get the same one (in the order given). */
export function assignSourceIds(files: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const file of files) {
    const base = sourceIdFromPath(file)
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    ids.set(file, id)
  }
  return ids
}
