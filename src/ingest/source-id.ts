/**
 * Source ids come from file names, so a source keeps its id (and its page address) when other
 * files are added, removed or renamed.
 */

/** Turns a path relative to the seeds folder into a URL-safe id: accents folded, lower case, `-` between words, no extension. */
export function sourceIdFromPath(file: string): string {
  const withoutExtension = file.replace(/\.[^./\\]+$/, '')
  const slug = withoutExtension
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'source'
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
