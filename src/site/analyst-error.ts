import { readFileSync } from 'node:fs'

/**
 * The analyst's own mistakes (a topic alias claimed twice, an annotation that anchors nowhere) stop
 * the build with the file, the line and how to fix it; the articles' problems never do.
 */
export class AnalystError extends Error {
  constructor(file: string, line: number | null, problem: string, hint: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}\n  hint: ${hint}`)
    this.name = 'AnalystError'
  }
}

/** The 1-based line of `file` where `needle` first appears, or null. */
export function lineOf(file: string, needle: string): number | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const index = text.indexOf(needle)
  return index < 0 ? null : text.slice(0, index).split('\n').length
}
