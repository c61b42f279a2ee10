/**
 * What each paragraph candidate is on its own, before its place in the article is weighed: a date
 * line, a byline or signature, an agency credit, a photo credit, a caption (labelled or with its
 * credit at the end), a trailer heading, page furniture, or text. Also the two repairs made before
 * classifying: credits glued to the next text are split, a lone "Published" label joins its date.
 */

import type { Caption } from '../model.ts'
import { isFurniture, isTrailerHeading } from './text-boilerplate.ts'
import { labelledCaption, parseAgencyCredit, parseByline, parseSignature, isPhotoCredit, splitGluedCredit, splitInlineCredit } from './text-credits.ts'
import { findDate, isDateLine } from './text-dates.ts'
import { wordCount } from './text-title.ts'
import type { TextUnit } from './text-units.ts'

/** What one unit is on its own. */
export type Kind =
  | { is: 'date'; iso: string }
  | { is: 'byline'; byline: string; outlet: string | null; iso: string | null; place: string | null }
  | { is: 'agency'; outlet: string | null; place: string | null }
  | { is: 'photo-credit' }
  | { is: 'caption'; caption: Caption }
  | { is: 'trailer' }
  | { is: 'furniture' }
  | { is: 'text' }

/** Splits units that carry a credit glued to the next text ("TRTWorld and agenciesEmergency…"). */
export function splitGlued(units: readonly TextUnit[]): TextUnit[] {
  return units.flatMap((unit) => {
    const glued = splitGluedCredit(unit.text)
    return glued ? [{ ...unit, text: glued.credit }, { text: glued.rest, blockStart: false }] : [unit]
  })
}

/** Joins a lone "Published" / "Updated" label to the date line under it (BBC pages). */
export function mergeDateLabels(units: TextUnit[]): TextUnit[] {
  const merged: TextUnit[] = []
  for (const unit of units) {
    const last = merged.at(-1)
    if (last && DATE_LABEL.test(last.text) && isDateLine(unit.text)) last.text = `${last.text} ${unit.text}`
    else merged.push({ ...unit })
  }
  return merged
}

/** A date's label on a line of its own. */
const DATE_LABEL = /^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?|date)\s*:?$/i

/** Classifies one unit on its own (`index` is its position: a signature byline never opens the text). */
export function classifyUnit(unit: TextUnit, index: number): Kind {
  const text = unit.text
  if (unit.heading) return isTrailerHeading(text) ? { is: 'trailer' } : { is: 'text' }
  const labelled = labelledCaption(text)
  if (labelled) return { is: 'caption', caption: { text: labelled, credit: null } }
  const words = wordCount(text)
  if (words > 60) return { is: 'text' }
  // A date line has at most 16 words, a photo credit 12, an agency credit 13 (see each): longer units are not asked.
  const short = words <= 16
  if (short && isDateLine(text)) return { is: 'date', iso: findDate(text)?.iso ?? '' }
  const byline = parseByline(text) ?? (index > 0 ? parseSignature(text) : null)
  if (byline) return { is: 'byline', ...bylineWithoutDate(byline.byline), outlet: byline.outlet, place: byline.place ?? null }
  if (short && isPhotoCredit(text)) return { is: 'photo-credit' }
  const agency = short ? parseAgencyCredit(text) : null
  if (agency) return { is: 'agency', outlet: agency.outlet, place: agency.place ?? null }
  if (isTrailerHeading(text)) return { is: 'trailer' }
  if (isFurniture(text)) return { is: 'furniture' }
  const credited = splitInlineCredit(text)
  if (credited) return { is: 'caption', caption: { text: credited.caption, credit: credited.credit } }
  return { is: 'text' }
}

/** Splits a date off a byline ("Jane Doe | 15 Nov 2015"). */
function bylineWithoutDate(byline: string): { byline: string; iso: string | null } {
  const found = findDate(byline)
  if (!found) return { byline, iso: null }
  const name = byline.slice(0, found.start).replace(/[\s|,•·–—-]*(?:updated|published|posted|on)?[\s|,:•·–—-]*$/i, '').trim()
  return { byline: name || byline, iso: found.iso }
}
