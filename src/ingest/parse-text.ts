/**
 * Plain-text articles (.txt), as saved from a browser or a newsroom system: optional YAML front
 * matter, then lines. Lines → paragraph candidates (hard wraps rejoined) → article fields
 * (title, standfirst, credits, dateline, date, captions, body, boilerplate); see text-article.ts.
 */

import type { ParsedArticle } from '../model.ts'
import { fieldsFromFrontMatter, splitFrontMatter } from './front-matter.ts'
import { assembleArticle } from './text-article.ts'
import { isFurniture, isTrailerHeading } from './text-boilerplate.ts'
import { isPhotoCredit, parseAgencyCredit, parseByline } from './text-credits.ts'
import { isDateLine } from './text-dates.ts'
import { textUnits } from './text-units.ts'

/** Options of the text parser. */
export interface ParseTextOptions {
  /** Title used when the text gives none and has no lead to derive one from. */
  fallbackTitle?: string;
  /** Warnings met before parsing (decoding), carried into the article. */
  warnings?: readonly string[];
}

/** Parses the text of a .txt article into article fields. */
export function parseText(text: string, options: ParseTextOptions = {}): ParsedArticle {
  const warnings = [...(options.warnings ?? [])]
  const split = splitFrontMatter(text)
  warnings.push(...split.warnings)
  const known = split.data ? fieldsFromFrontMatter(split.data, warnings) : {}
  const units = textUnits(split.body, standsAlone)
  return assembleArticle({ units, known, warnings, ...fallback(options) })
}

/** The fallback title option, present only when given (exact optional properties). */
function fallback(options: ParseTextOptions): { fallbackTitle?: string } {
  return options.fallbackTitle === undefined ? {} : { fallbackTitle: options.fallbackTitle }
}

/** Lines that are never part of a hard-wrapped paragraph: credits, dates, bylines, furniture. */
function standsAlone(line: string): boolean {
  return isDateLine(line) || isPhotoCredit(line) || !!parseAgencyCredit(line) || !!parseByline(line) ||
    isTrailerHeading(line) || isFurniture(line)
}
