/**
 * Direct quotes in one source, with the speaker the attribution around them names:
 * `"…," X said`, `X said: "…"`, `X called it "useful"`, `"…" the ministry said in a statement`.
 * Quotes are found per block, so one that spans a sentence break stays one quote.
 * Scare quotes (one or two words nobody is said to have said) are left out.
 */
import type { Block, QuoteOccurrence as ResolvedQuoteOccurrence, Sentence, Span } from '../model.ts'
import { FRAMING_VERBS, SPEECH_VERBS } from './word-lists.ts'

/** One quote as it occurs in one source, before its speaker is linked to a topic (model's QuoteOccurrence without `speakerSlug`). */
export type QuoteOccurrence = Omit<ResolvedQuoteOccurrence, 'speakerSlug'>

/** A block's text with where each sentence starts in it. */
interface BlockText {
  text: string
  starts: number[]
  sentences: Sentence[]
}

const VERBS = [...SPEECH_VERBS].join('|')
const FRAMES = [...FRAMING_VERBS].join('|')
const WHO = String.raw`[^,.;:!?"“”()]{1,80}?`
const AFTER = new RegExp(String.raw`^\s*[,.]?\s*(?:(?:${VERBS})\s+(?<whoAfter>${WHO})|(?<whoBefore>${WHO})\s+(?:${VERBS}))(?=[\s,.;:!?—–]|$)`, 'u')
const BEFORE_SPEECH = new RegExp(String.raw`(?<who>${WHO})\s+(?:${VERBS})(?:\s+(?:\w+\s+){0,3}?(?:that|reporters|journalists))?\s*[:,]?\s*$`, 'u')
const BEFORE_FRAME = new RegExp(String.raw`(?<who>${WHO})\s+(?:${FRAMES})\b[^"“”.;]{0,60}?$`, 'u')
const ACCORDING = new RegExp(String.raw`[Aa]ccording to\s+(?<who>${WHO}),\s*$`, 'u')
const SUBJECT = new RegExp(String.raw`(?:^|[,;]\s+)(?<who>[^,.;:!?"“”()]{1,60}?)\s+(?:${VERBS})\b`, 'u')
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
const MAX_SPEAKER_WORDS = 9
/** A quote of fewer words is a scare quote unless someone is said to have said it. */
const MIN_UNATTRIBUTED_WORDS = 4

/** A speaker found in an attribution. */
interface Speaker {
  text: string
  span: QuoteOccurrence['speakerSpan']
}

/** The speakers met so far in a source, for "he said" and "it said". */
interface SpeakerMemory {
  person: Speaker | null
  other: Speaker | null
}

/** Finds the quotes of one source, block by block. */
export function findQuotes(blocks: readonly Block[]): QuoteOccurrence[] {
  const found: QuoteOccurrence[] = []
  const memory: SpeakerMemory = { person: null, other: null }
  for (const block of blocks) {
    const blockText = joinBlock(block)
    let previous: QuoteOccurrence | null = null
    for (const [open, close] of quoteRanges(blockText.text)) {
      const inherited = previous && previous.speakerText && previous.sentence === sentenceAt(blockText, open) ? previous : null
      const occurrence = toOccurrence(blockText, open, close, memory, inherited)
      if (!occurrence) continue
      if (occurrence.speakerText) remember(memory, { text: occurrence.speakerText, span: occurrence.speakerSpan })
      found.push(occurrence)
      previous = occurrence
    }
  }
  return found
}

/** Notes a speaker as the latest person ("Andrei Kartapolov") or the latest other ("the ministry"). */
function remember(memory: SpeakerMemory, speaker: Speaker): void {
  if (/\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(speaker.text)) memory.person = speaker
  else memory.other = speaker
}

/** The id of the sentence holding a block offset. */
function sentenceAt(block: BlockText, offset: number): string | null {
  for (let k = block.starts.length - 1; k >= 0; k--) if (block.starts[k]! <= offset) return block.sentences[k]!.id
  return null
}

/** The block's sentences joined by single spaces, as in the paragraph. */
function joinBlock(block: Block): BlockText {
  const starts: number[] = []
  let text = ''
  for (const sentence of block.sentences) {
    if (text) text += ' '
    starts.push(text.length)
    text += sentence.text
  }
  return { text, starts, sentences: block.sentences }
}

/** Ranges [after opening mark, at closing mark) of outermost quotes; an unclosed one runs to the block's end. */
export function quoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  const stack: { mark: string; at: number }[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    const top = stack.at(-1)
    if (char === '“') stack.push({ mark: '“', at: i })
    else if (char === '”' && top?.mark === '“') close(i)
    else if (char === '"') {
      if (top?.mark === '"') close(i)
      else if (!top || top.mark !== '“') stack.push({ mark: '"', at: i })
    } else if (char === '‘' && top) stack.push({ mark: '‘', at: i })
    else if (char === '’' && top?.mark === '‘' && !/\p{L}/u.test(text[i + 1] ?? '')) stack.pop()
  }
  const outer = stack.find((entry) => entry.mark !== '‘')
  if (outer && text.length - outer.at > 20) ranges.push([outer.at + 1, text.length])
  return ranges

  /** Closes the innermost double quote; records it when it was the outermost. */
  function close(at: number): void {
    while (stack.length > 0 && stack.at(-1)!.mark === '‘') stack.pop()
    const opened = stack.pop()
    if (opened && stack.length === 0) ranges.push([opened.at + 1, at])
  }
}

/** Builds the occurrence of one quote, or null for an unattributed scare quote. */
function toOccurrence(block: BlockText, open: number, close: number, memory: SpeakerMemory, inherited: QuoteOccurrence | null): QuoteOccurrence | null {
  let [start, end] = trimRange(block.text, open, close)
  if (end <= start) return null
  const words = block.text.slice(start, end).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  const attribution = attribute(block, open - 1, close + 1, words >= MIN_UNATTRIBUTED_WORDS) ??
    (inherited ? { text: inherited.speakerText!, span: inherited.speakerSpan } : null)
  if (words < MIN_UNATTRIBUTED_WORDS && !attribution) return null
  let speaker = attribution
  const pronoun = speaker?.text.toLowerCase()
  if (pronoun !== undefined && PRONOUNS.has(pronoun)) {
    const personal = pronoun === 'he' || pronoun === 'she'
    speaker = (personal ? nameBefore(block, open) : null) ?? (personal ? memory.person : memory.other)
  }
  const parts = spansOf(block, start, end)
  if (parts.length === 0) return null
  const [first, ...rest] = parts
  return { ...first!, speakerText: speaker?.text ?? null, speakerSpan: speaker?.span ?? null, continuation: rest }
}

const PERSON_NAME = /\p{Lu}[\p{L}’'-]+(?:\s+(?:al|de|bin|van|von)?-?\s*\p{Lu}[\p{L}’'-]+)+/gu

/** The last full name (two or more capitalised words) earlier in the quote's sentence, for "he promised". */
function nameBefore(block: BlockText, open: number): Speaker | null {
  const sentenceId = sentenceAt(block, open)
  const k = block.sentences.findIndex((sentence) => sentence.id === sentenceId)
  if (k < 0) return null
  const base = block.starts[k]!
  const before = block.text.slice(base, open)
  const names = [...before.matchAll(PERSON_NAME)].filter((match) => match.index > 0 || !/^(The|A|An|In|On|At)\b/.test(match[0]))
  const last = names.at(-1)
  return last ? speakerAt(block, base + last.index, last[0]) : null
}

/** Shrinks a range past surrounding spaces and trailing commas. */
function trimRange(text: string, start: number, end: number): [number, number] {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from]!)) from++
  while (to > from && /[\s,;:—–-]/.test(text[to - 1]!)) to--
  return [from, to]
}

/** The speaker named around a quote: after it, before it, or (for longer quotes) the clause's subject. */
function attribute(block: BlockText, openMark: number, afterClose: number, allowSubject: boolean): { text: string; span: QuoteOccurrence['speakerSpan'] } | null {
  const text = block.text
  const after = text.slice(afterClose, afterClose + 120)
  const afterMatch = AFTER.exec(after)
  const whoAfter = afterMatch?.groups?.['whoAfter'] ?? afterMatch?.groups?.['whoBefore']
  if (afterMatch && whoAfter !== undefined && isSpeaker(whoAfter)) {
    const offset = afterClose + afterMatch[0].indexOf(whoAfter)
    return speakerAt(block, offset, whoAfter)
  }
  const clauseStart = Math.max(text.lastIndexOf('.', openMark - 1) + 1, text.lastIndexOf('”', openMark - 1) + 1, text.lastIndexOf('"', openMark - 1) + 1, 0)
  const before = text.slice(clauseStart, Math.max(clauseStart, openMark))
  for (const pattern of [BEFORE_SPEECH, ACCORDING, BEFORE_FRAME]) {
    const match = pattern.exec(before)
    const who = match?.groups?.['who']
    if (match && who !== undefined) {
      const at = clauseStart + match.index + match[0].indexOf(who)
      const tail = innermostSubject(who)
      if (isSpeaker(tail)) return speakerAt(block, at + who.length - tail.length, tail)
    }
  }
  if (!allowSubject) return null
  const subject = SUBJECT.exec(before)
  const who = subject?.groups?.['who']
  if (subject && who !== undefined && isSpeaker(who)) return speakerAt(block, clauseStart + subject.index + subject[0].indexOf(who), who)
  return null
}

const SUBORDINATORS = /^(?:.*\s)?(?:after|by|when|as|that|which|while|since|because|before|and|but|where|in which)\s+/i

/** The speaker inside a clause: "The launch came hours after leader Kim" → "leader Kim". */
function innermostSubject(who: string): string {
  const match = SUBORDINATORS.exec(who)
  return match && match[0].length < who.length ? who.slice(match[0].length) : who
}

/** Whether attribution text looks like a speaker rather than a clause. */
function isSpeaker(who: string): boolean {
  const words = who.trim().split(/\s+/)
  return words.length > 0 && words.length <= MAX_SPEAKER_WORDS && /\p{L}/u.test(who) && !/^(and|but|or|as|which|that|who|it was|there)\b/i.test(who.trim()) &&
    !/\b(has|have|had|was|were|is|are|will|would|time|not)\b/i.test(who)
}

/** The speaker text trimmed of leading conjunctions, located in its sentence. */
function speakerAt(block: BlockText, offset: number, who: string): { text: string; span: QuoteOccurrence['speakerSpan'] } {
  const lead = /^\s*(?:(?:and|but|while|as|then|so)\s+)?/i.exec(who)![0].length
  const text = who.slice(lead).trim()
  const at = offset + lead
  const spans = spansOf(block, at, at + text.length)
  const first = spans[0]
  return { text, span: first ? { sentence: first.sentence, start: first.start, end: first.end } : null }
}

/** Splits a block range into one span per sentence it touches. */
function spansOf(block: BlockText, start: number, end: number): Span[] {
  const spans: Span[] = []
  block.sentences.forEach((sentence, k) => {
    const base = block.starts[k]!
    const from = Math.max(start, base)
    const to = Math.min(end, base + sentence.text.length)
    if (to <= from) return
    const [a, b] = trimRange(sentence.text, from - base, to - base)
    if (b > a) spans.push({ source: sentence.source, sentence: sentence.id, text: sentence.text.slice(a, b), start: a, end: b })
  })
  return spans
}
