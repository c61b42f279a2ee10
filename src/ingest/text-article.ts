/**
 * Paragraph candidates → Article fields. Shared by the .txt, .md and .html parsers.
 *
 * Rules, in order:
 * 1. Each unit is classified alone (text-classify.ts): date line, byline, agency credit, photo
 *    credit, labelled or credited caption, trailer heading ("Related Story"), furniture, or text.
 * 2. The header is the run of units before the body starts (two running-text paragraphs in a row,
 *    or a wire dateline) that ends with the last credit / date / byline line of that run.
 * 3. A photo credit captions the short unit after it (or before it); in the header the first
 *    headline-like unit is the title, the next the standfirst, a place line under a credit is the
 *    dateline, other short units are captions (or section labels, kept as boilerplate).
 * 4. In the body: a wire dateline opening the first paragraph is taken off; a trailer heading and a
 *    closing credit ("TRTWorld and agencies") end the article, all after them is boilerplate;
 *    furniture lines are boilerplate; everything else is a body paragraph.
 * Fields given by metadata (front matter, HTML meta) win over these guesses. No text is lost:
 * what is not a field, caption or boilerplate stays in the body.
 */

import type { Caption, ParsedArticle } from '../model.ts'
import { classifyUnit, mergeDateLabels, splitGlued, type Kind } from './text-classify.ts'
import { outletName } from './text-credits.ts'
import { findDate, isPublishedLine } from './text-dates.ts'
import { isPlaceLine, parseInlineDateline } from './text-dateline.ts'
import { deriveTitle, isBodyLike, isTitleLike, wordCount } from './text-title.ts'
import { normaliseSpace, type TextUnit } from './text-units.ts'

/** Fields known before guessing (front matter, HTML metadata): they win. */
export interface KnownFields {
  title?: string;
  standfirst?: string;
  outlet?: string;
  byline?: string;
  dateline?: string;
  published?: string;
  publishedText?: string;
  url?: string;
}

/** What the assembler is given. */
export interface AssembleInput {
  units: readonly TextUnit[];
  known?: KnownFields;
  /** Captions found by the format parser (Markdown images, HTML figcaptions). */
  captions?: readonly Caption[];
  warnings?: readonly string[];
  /** Title to use when nothing else gives one (the file name). */
  fallbackTitle?: string;
}

/** The role a unit is given in the article. */
type Role = 'title' | 'standfirst' | 'caption' | 'body' | 'boilerplate' | 'meta' | 'dateline'

/** A unit with its kind and, once decided, its role. */
interface Slot {
  unit: TextUnit;
  kind: Kind;
  role: Role | null;
}

/** A candidate outlet and how sure its source is (lower wins). */
interface OutletCandidate {
  name: string;
  rank: number;
}

/** Builds the article fields from paragraph candidates. */
export function assembleArticle(input: AssembleInput): ParsedArticle {
  const known = input.known ?? {}
  const slots = mergeDateLabels(splitGlued(input.units)).map((unit, index): Slot => ({ unit, kind: classifyUnit(unit, index), role: null }))
  const state = newState(known, input)
  const headerEnd = findHeaderEnd(slots)
  assignPhotoCredits(slots, state)
  assignHeader(slots, headerEnd, state)
  assignBody(slots, headerEnd, state)
  return finish(slots, state, input)
}

/** Everything gathered while assigning roles. */
interface State {
  known: KnownFields;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  dateline: string | null;
  dates: { iso: string; text: string; published: boolean }[];
  outlets: OutletCandidate[];
  captions: Caption[];
  /** The date words of a wire dateline ("Nov 17"), used as `publishedText` when nothing better is found. */
  datelineDate: string | null;
  /** The wire dateline taken off the first paragraph, as written ("LONDON (Reuters) -"), with what it gave. */
  inlineDateline: { prefix: string; place: string; agency: string | null } | null;
  /** Lines consumed into fields ("AFP", "Shaun Walker in Moscow"), with what they gave: kept as boilerplate when another value wins. */
  consumed: { slot: Slot; gave: Partial<Record<'outlet' | 'byline' | 'dateline', string>> }[];
}

/** A fresh state holding what the caller already knows. */
function newState(known: KnownFields, input: AssembleInput): State {
  return {
    known, title: null, standfirst: null, byline: null, dateline: null, dates: [], outlets: [],
    captions: [...(input.captions ?? [])], datelineDate: null, inlineDateline: null, consumed: [],
  }
}

/** True for kinds that only occur around the headline (credits, dates, bylines, captions). */
function isAnchor(kind: Kind): boolean {
  return kind.is !== 'text' && kind.is !== 'trailer'
}

/** Index after the header: the last anchor before the body starts (0 when there is none). */
function findHeaderEnd(slots: Slot[]): number {
  let end = 0
  const limit = Math.min(slots.length, 12)
  for (let i = 0; i < limit; i++) {
    const slot = slots[i]
    if (!slot) break
    const previous = slots[i - 1]
    if (slot.kind.is === 'text' && previous && isPlaceAfterCredit(slot, previous)) {
      slot.role = 'dateline'
      end = i + 1
    } else if (isAnchor(slot.kind)) {
      end = i + 1
    } else if (slot.kind.is === 'text' && (parseInlineDateline(slot.unit.text) || startsBody(slots, i))) {
      break
    } else if (slot.kind.is === 'trailer') {
      break
    }
  }
  return end
}

/** True when the body starts at `i`: running text followed by more running text, or long running text not followed by a credit. */
function startsBody(slots: Slot[], i: number): boolean {
  const here = slots[i]
  if (!here || !isBodyLike(here.unit.text)) return false
  const next = slots.slice(i + 1).find((s) => s.kind.is !== 'furniture')
  if (!next) return true
  if (next.kind.is === 'text' && isBodyLike(next.unit.text)) return true
  return wordCount(here.unit.text) >= 30 && !isAnchor(next.kind)
}

/** A place on its own line right under an agency credit or byline ("AFP" / "Moscow"). */
function isPlaceAfterCredit(slot: Slot, previous: Slot): boolean {
  return (previous.kind.is === 'agency' || previous.kind.is === 'byline') && !slot.unit.heading && isPlaceLine(slot.unit.text)
}

/** Gives each photo credit a caption: the short unit after it, else the one before it; a repeated credit merges. */
function assignPhotoCredits(slots: Slot[], state: State): void {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]
    if (!slot || slot.kind.is !== 'photo-credit' || slot.role) continue
    slot.role = 'meta'
    let j = i + 1
    while (slots[j]?.kind.is === 'photo-credit' && slots[j]?.unit.text === slot.unit.text) {
      const duplicate = slots[j]
      if (duplicate) duplicate.role = 'meta'
      j++
    }
    const labelled = [slots[j], slots[i - 1]].find((s) => s?.kind.is === 'caption' && !s.kind.caption.credit && !s.role)
    const target = [slots[j], slots[i - 1]].find((s, k) => s && isCaptionFor(s, k === 1 ? i - 1 : j))
    if (labelled?.kind.is === 'caption') {
      labelled.kind.caption.credit = slot.unit.text
    } else if (target) {
      target.role = 'caption'
      state.captions.push({ text: target.unit.text, credit: slot.unit.text })
    } else {
      slot.role = 'boilerplate'
    }
  }
  for (const slot of slots) {
    if (slot.kind.is === 'caption' && !slot.role) {
      slot.role = 'caption'
      state.captions.push(slot.kind.caption)
    }
  }
}

/** True when a unit can be the caption of a neighbouring photo credit. */
function isCaptionFor(slot: Slot, index: number): boolean {
  if (slot.role || slot.kind.is !== 'text' || slot.unit.heading) return false
  const words = wordCount(slot.unit.text)
  if (index === 0 && isTitleLike(slot.unit.text)) return false
  return words <= 25 || words <= 45 && !isBodyLike(slot.unit.text)
}

/** Assigns the header: metadata lines, title, standfirst, captions and section labels. */
function assignHeader(slots: Slot[], headerEnd: number, state: State): void {
  for (const slot of slots.slice(0, headerEnd)) takeMeta(slot, state)
  const window = Math.max(headerEnd, slots[0] && isSectionLabel(slots[0].unit.text) ? 2 : 1)
  const candidates = slots.slice(0, window).filter((s) => !s.role && s.kind.is === 'text')
  const titleAt = slots.length > 1 ? pickTitle(candidates, state) : -1
  if (titleAt >= 0) {
    for (const label of candidates.slice(0, titleAt)) label.role = 'boilerplate'
    const dek = candidates[titleAt + 1]
    if (dek) takeStandfirst(dek, headerEnd, slots, state)
  }
  for (const slot of slots.slice(0, headerEnd)) {
    if (slot.role || slot.kind.is !== 'text') continue
    leftoverHeaderRole(slot, state)
  }
}

/** Takes the title from the header candidates: the first after any section labels, else a short first line; its index or -1. */
function pickTitle(candidates: readonly Slot[], state: State): number {
  let first = 0
  while (candidates[first + 1] && isSectionLabel(candidates[first]?.unit.text ?? '')) first++
  const labelled = candidates[first]
  if (labelled && takeTitle(labelled, state)) return first
  const plain = candidates[0]
  return plain && takeTitle(plain, state, 2) ? 0 : -1
}

/** A kicker or section label above a headline ("World", "Middle East", "News › World", "Home / Syria"); a slash or `>` inside a word ("Iran/Iraq", "<b>") is not a separator. */
function isSectionLabel(text: string): boolean {
  if (/[.!?]$/.test(text)) return false
  return wordCount(text) <= 2 || wordCount(text) <= 6 && /\S\s*[|›»]\s*\S|\S\s+[>/]\s+\S/.test(text)
}

/** Takes the title from a unit when it reads like one (or equals the known title). */
function takeTitle(slot: Slot, state: State, minWords = 3): boolean {
  const text = slot.unit.text
  if (state.known.title !== undefined) {
    if (!sameText(text, state.known.title)) return false
    slot.role = 'title'
    return true
  }
  if (!isTitleLike(text, minWords) || isBodyLike(text) && wordCount(text) > 10) return false
  slot.role = 'title'
  state.title = text
  return true
}

/** Takes the standfirst: a header unit under the title, or a dek without full stop before the body. */
function takeStandfirst(slot: Slot, headerEnd: number, slots: Slot[], state: State): boolean {
  const text = slot.unit.text
  const index = slots.indexOf(slot)
  if (state.known.standfirst !== undefined) {
    if (!sameText(text, state.known.standfirst)) return false
    slot.role = 'standfirst'
    return true
  }
  const words = wordCount(text)
  const inHeader = index < headerEnd && words <= 80
  const dek = index === 1 && headerEnd === 0 && !/[.!?:]["”’]?$/.test(text) && words >= 6 && words <= 60 && slots.length > 2
  if (slot.unit.heading || !(inHeader || dek)) return false
  slot.role = 'standfirst'
  state.standfirst = text
  return true
}

/** A header unit left over: a short label is boilerplate, running text a caption, a long one body. */
function leftoverHeaderRole(slot: Slot, state: State): void {
  const words = wordCount(slot.unit.text)
  if (words <= 3 && !/[.!?]$/.test(slot.unit.text)) {
    slot.role = 'boilerplate'
  } else if (words <= 60 && !slot.unit.heading) {
    slot.role = 'caption'
    state.captions.push({ text: slot.unit.text, credit: null })
  } else {
    slot.role = 'body'
  }
}

/** Records a metadata unit (date, byline, agency credit) into the state; anything else is left. */
function takeMeta(slot: Slot, state: State): boolean {
  const kind = slot.kind
  if (slot.role === 'dateline') {
    state.dateline ??= slot.unit.text
    state.consumed.push({ slot, gave: { dateline: slot.unit.text } })
    return true
  }
  if (slot.role) return false
  if (kind.is === 'date') {
    state.dates.push({ iso: kind.iso, text: slot.unit.text, published: isPublishedLine(slot.unit.text) })
    slot.role = 'meta'
  } else if (kind.is === 'byline') {
    if (state.byline !== null) return false
    state.byline = kind.byline
    if (kind.place) state.dateline ??= kind.place
    if (kind.iso) state.dates.push({ iso: kind.iso, text: slot.unit.text, published: true })
    if (kind.outlet) state.outlets.push({ name: kind.outlet, rank: 3 })
    slot.role = 'meta'
    state.consumed.push({ slot, gave: { byline: kind.byline, ...(kind.place ? { dateline: kind.place } : {}), ...(kind.outlet ? { outlet: kind.outlet } : {}) } })
  } else if (kind.is === 'agency') {
    takeCredit(slot, kind.outlet, 2, state)
    if (kind.place) takePlace(slot, kind.place, state)
  } else if (kind.is === 'furniture') {
    slot.role = 'boilerplate'
  } else {
    return false
  }
  return true
}

/** An agency or outlet credit: its outlet is a candidate; its wording is kept in boilerplate when the outlet differs. */
function takeCredit(slot: Slot, outlet: string | null, rank: number, state: State): void {
  const explicit = /agenc|wire/i.test(slot.unit.text) && outlet !== null
  if (outlet) state.outlets.push({ name: outlet, rank: explicit ? rank - 1 : rank })
  slot.role = outlet === slot.unit.text ? 'meta' : 'boilerplate'
  if (outlet && slot.role === 'meta') state.consumed.push({ slot, gave: { outlet } })
}

/** A credit line that also names a place ("BBC News, Moscow"): the place is a dateline; the line stays whole only if both are kept. */
function takePlace(slot: Slot, place: string, state: State): void {
  state.dateline ??= place
  const entry = state.consumed.find((c) => c.slot === slot)
  if (entry) entry.gave.dateline = place
  else slot.role = 'boilerplate'
}

/** Assigns the body: wire dateline, metadata lines, trailer and closing credit, furniture, paragraphs. */
function assignBody(slots: Slot[], headerEnd: number, state: State): void {
  takeInlineDateline(slots, headerEnd, state)
  let trailerUntil = -1
  for (let i = headerEnd; i < slots.length; i++) {
    const slot = slots[i]
    if (!slot || slot.role) continue
    if (i < trailerUntil) {
      slot.role = 'boilerplate'
    } else if (slot.kind.is === 'trailer') {
      slot.role = 'boilerplate'
      trailerUntil = trailerEnd(slots, i)
    } else if (slot.kind.is === 'agency' && slots.length - i <= 6 && i > headerEnd) {
      takeCredit(slot, slot.kind.outlet, 1, state)
      trailerUntil = slots.length
    } else if (slot.kind.is === 'text') {
      slot.role = 'body'
    } else if (!takeMeta(slot, state)) {
      slot.role = slot.kind.is === 'byline' || slot.kind.is === 'date' ? 'boilerplate' : 'body'
    }
  }
}

/** Where the boilerplate opened by a trailer heading ends: at the end, or where running text resumes. */
function trailerEnd(slots: Slot[], start: number): number {
  for (let i = start + 1; i + 1 < slots.length; i++) {
    const a = slots[i]
    const b = slots[i + 1]
    if (a && b && isLongBody(a) && isLongBody(b)) return i
  }
  return slots.length
}

/** A paragraph of running text of some length (not a related-link headline). */
function isLongBody(slot: Slot): boolean {
  return slot.kind.is === 'text' && isBodyLike(slot.unit.text) && wordCount(slot.unit.text) >= 25
}

/** Takes a wire dateline ("LONDON (Reuters) - ") off the first body paragraph. */
function takeInlineDateline(slots: Slot[], headerEnd: number, state: State): void {
  const first = slots.slice(headerEnd).find((s) => !s.role && s.kind.is === 'text')
  const dateline = first ? parseInlineDateline(first.unit.text) : null
  if (!first || !dateline) return
  const prefix = first.unit.text.slice(0, first.unit.text.length - dateline.rest.length).trim()
  first.unit = { ...first.unit, text: dateline.rest }
  state.dateline ??= dateline.place
  if (dateline.dateText) state.datelineDate = dateline.dateText
  const agency = dateline.agency ? outletName(dateline.agency) ?? dateline.agency : null
  if (agency) state.outlets.push({ name: agency, rank: 4 })
  state.inlineDateline = { prefix, place: dateline.place, agency }
}

/** The wire dateline as written, when the fields do not hold all it said (another place or outlet won). */
function unkeptDateline(state: State, dateline: string | null, outlet: string | null): string | null {
  const taken = state.inlineDateline
  if (!taken) return null
  const kept = taken.place === dateline && (taken.agency === null || taken.agency === outlet)
  return kept ? null : taken.prefix
}

/** True when two texts are the same but for case, spacing and closing punctuation. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => normaliseSpace(s).toLowerCase().replace(/[.!?:;,]+$/, '')
  return norm(a) === norm(b)
}

/** Puts the article together from the roles and the state; metadata wins; derives a missing title. */
function finish(slots: Slot[], state: State, input: AssembleInput): ParsedArticle {
  const known = state.known
  for (const slot of slots) slot.role ??= 'body'
  const outlet = known.outlet ?? bestOutlet(state.outlets)
  const dateline = known.dateline ?? state.dateline
  const byline = known.byline ?? state.byline
  const final = { outlet, byline, dateline }
  for (const { slot, gave } of state.consumed) {
    if (Object.entries(gave).some(([field, value]) => final[field as keyof typeof final] !== value)) slot.role = 'boilerplate'
  }
  const texts = (role: Role): string[] => slots.filter((s) => s.role === role).map((s) => s.unit.text)
  const paragraphs = texts('body').filter((t) => t.length > 0)
  const date = known.published === undefined ? state.dates.find((d) => d.published) ?? state.dates[0] ?? null : null
  const datelineDateUsed = known.publishedText === undefined && date === null
  const datelinePrefix = unkeptDateline(state, dateline, outlet)
  const boilerplate = [
    ...texts('boilerplate'), ...unusedDates(state, date), ...(datelinePrefix ? [datelinePrefix] : []),
    ...(state.datelineDate && !datelineDateUsed && !datelinePrefix ? [state.datelineDate] : []),
  ]
  const guessedTitle = known.title ?? state.title
  const title = guessedTitle ?? deriveFrom(paragraphs[0] ?? state.captions[0]?.text ?? state.standfirst ?? input.fallbackTitle ?? '')
  return {
    title,
    titleDerived: guessedTitle === null,
    standfirst: known.standfirst ?? state.standfirst,
    outlet,
    byline,
    dateline,
    published: known.published ?? date?.iso ?? isoOrNull(state.datelineDate),
    publishedText: known.publishedText ?? date?.text ?? state.datelineDate,
    url: known.url ?? null,
    captions: dedupeCaptions(state.captions),
    paragraphs,
    boilerplate,
    warnings: [...(input.warnings ?? [])],
  }
}

/** The ISO form of a date text, or null. */
function isoOrNull(text: string | null): string | null {
  return text === null ? null : findDate(text)?.iso ?? null
}

/** A derived title, or "Untitled" when there is no text at all. */
function deriveFrom(text: string): string {
  return text ? deriveTitle(text) : 'Untitled'
}

/** Date lines not used as the publication date: kept as boilerplate so their wording is not lost. */
function unusedDates(state: State, used: State['dates'][number] | null): string[] {
  return state.dates.filter((d) => d !== used && !/^by\b/i.test(d.text)).map((d) => d.text)
}

/** The surest outlet candidate, first found among equals. */
function bestOutlet(candidates: readonly OutletCandidate[]): string | null {
  let best: OutletCandidate | null = null
  for (const candidate of candidates) if (!best || candidate.rank < best.rank) best = candidate
  return best?.name ?? null
}

/** Removes captions that repeat an earlier one word for word. */
function dedupeCaptions(captions: readonly Caption[]): Caption[] {
  const seen = new Set<string>()
  return captions.filter((c) => {
    const k = `${c.text}\u0000${c.credit ?? ''}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
