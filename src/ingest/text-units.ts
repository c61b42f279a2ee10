/**
 * Plain text → paragraph candidates ("units"). Blank lines separate blocks; inside a block each
 * line is its own unit unless the line was hard-wrapped (a fixed-width text whose full lines go on
 * in the next line) or broken mid-sentence (next line starts in lower case), when lines are
 * rejoined. Sentences glued without a space ("statement.Such") are split apart.
 */

/** One paragraph candidate of a text. */
export interface TextUnit {
  /** Whitespace-normalised text. */
  text: string;
  /** True when a blank line (or the start of the text) comes before it. */
  blockStart: boolean;
  /** True when a heading marker gave it (Markdown, HTML): never a body paragraph's continuation. */
  heading?: boolean;
}

/** Ends of a line that close a sentence. */
const TERMINAL = /[.!?…:;]["”’»)\]]*$|["”’»]$/

/** Collapses whitespace (including no-break and zero-width spaces) and drops soft hyphens. */
export function normaliseSpace(text: string): string {
  const kept = text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text
  // Most lines have single spaces only: nothing to collapse, and no new string to build.
  return (/[^\S ]|[\u200b\u2060]| {2}/.test(kept) ? kept.replace(/[\s\u200b\u2060]+/g, ' ') : kept).trim()
}

/** True when the line closes a sentence. */
export function endsSentence(line: string): boolean {
  return TERMINAL.test(line.trim())
}

/**
 * Splits a plain text into paragraph candidates, rejoining hard-wrapped and broken lines.
 * A line indented deeper than the one before starts a paragraph; `standsAlone` lines (credits,
 * dates) are never joined by wrapping.
 */
export function textUnits(text: string, standsAlone: (line: string) => boolean = () => false): TextUnit[] {
  const raw = text.split('\n')
  const lines = raw.map(normaliseSpace)
  const width = wrapWidth(lines)
  const units: TextUnit[] = []
  let blockStart = true
  let previous = ''
  let previousIndent = 0
  let linesInUnit = 0
  // Whether a line stands alone only matters in a hard-wrapped text; it is asked at most once a line.
  const alone = new Map<number, boolean>()
  const standsAloneAt = (i: number): boolean => {
    let known = alone.get(i)
    if (known === undefined) alone.set(i, (known = standsAlone(lines[i] ?? '')))
    return known
  }
  let previousAt = -1
  lines.forEach((line, i) => {
    const indent = indentOf(raw[i] ?? '')
    if (!line) {
      blockStart = true
      previous = ''
      return
    }
    const last = units.at(-1)
    const firstLineOfText = units.length === 1 && linesInUnit === 1
    const wraps = () => !firstLineOfText && indent <= previousIndent && !standsAloneAt(previousAt) && !standsAloneAt(i)
    if (last && previous && continues(previous, line, width, wraps)) {
      last.text = joinLines(last.text, line)
      linesInUnit++
    } else {
      units.push({ text: line, blockStart })
      linesInUnit = 1
    }
    previous = line
    previousAt = i
    previousIndent = indent
    blockStart = false
  })
  return units.flatMap(splitGluedSentences)
}

/** Width of a line's leading whitespace (a tab counts as four). */
function indentOf(line: string): number {
  const lead = /^[ \t\u00a0]*/.exec(line)?.[0] ?? ''
  return lead.replace(/\t/g, '    ').length
}

/** Joins a line to the text before it: no space after a hyphen ending a word ("co-" + "ordinates"). */
function joinLines(before: string, line: string): string {
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(line) ? before + line : `${before} ${line}`
}

/**
 * True when `line` goes on from the line `before`: a sentence broken across lines, or a hard wrap
 * (the text is wrapped at `width`, the two lines may be wrapped, and the line's first word would
 * not have fitted on the line before).
 */
function continues(before: string, line: string, width: number | null, wraps: () => boolean): boolean {
  if (!endsSentence(before) && /^\p{Ll}/u.test(line)) return true
  if (/[,(–—-]$/.test(before) && !/^[-•*]\s/.test(line)) return true
  return width !== null && before.length + 1 + firstWord(line).length > width && wraps()
}

/** The first word of a line (what a wrapping editor would have tried to fit on the line before). */
function firstWord(line: string): string {
  return line.split(' ', 1)[0] ?? ''
}

/**
 * The column a text was hard-wrapped at, or null when it was not: most lines are near one width
 * ≤ 100, few exceed it, and full lines rarely end a sentence (they do in one-sentence-a-line texts).
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter((l) => l.length > 0).map((l) => l.length).sort((a, b) => a - b)
  if (lengths.length < 4) return null
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0
  if (width < 30 || width > 100) return null
  const tooLong = lengths.filter((n) => n > width + 5).length
  const full = lines.filter((l) => l.length >= width * 0.75 && l.length <= width + 5)
  const fullEnding = full.filter(endsSentence).length
  if (tooLong > lengths.length * 0.1 || full.length < 3 || fullEnding > full.length * 0.5) return null
  return Math.max(...lengths.filter((n) => n <= width + 5))
}

/** What every glued sentence boundary holds: a closing mark right before a capital and a small letter. */
const GLUED_SENTENCE = /[.!?]["”’]?\p{Lu}\p{Ll}/u

/** Splits sentences glued without a space ("a statement.Such close…") into separate units. */
function splitGluedSentences(unit: TextUnit): TextUnit[] {
  // The split below tests every position of the text; most texts have no full stop followed by a capital.
  if (!GLUED_SENTENCE.test(unit.text)) return [{ ...unit, text: unit.text.trim() }]
  const parts = unit.text.split(/(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/u)
  return parts.map((text, i) => ({ ...unit, text: text.trim(), blockStart: i === 0 ? unit.blockStart : false }))
}
