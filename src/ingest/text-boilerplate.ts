/**
 * Page furniture that saved articles carry along: share prompts, "Advertisement", "Read more",
 * newsletter pitches, copyright lines, and the headings that open the related-links trailer
 * ("Related Story", "More on this story"), after which nothing is article text any more.
 */

import { isSpaceCode } from './text-title.ts'

/** Normalises a line for matching: lower case, single spaces, no trailing punctuation or arrows. */
export function furnitureKey(line: string): string {
  return trimTrailingPunctuation(collapseSpace(line.toLowerCase()).trim().replace(/^\((.*)\)$/, '$1')).replace(/^[\s•·»›|–—-]+/, '').trim()
}

/** `text.replace(/\s+/g, ' ')`, without building a new string when the only white space is single spaces. */
function collapseSpace(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** Characters taken off the end of a key: white space (as `\s`), colons, full stops, arrows, bars and dashes. */
const TRAILING = new Set([...':.»›>→|–—-'].map((c) => c.charCodeAt(0)))

/** `text.replace(/[\s:.»›>→|–—-]+$/, '')` in one backward pass (the regex retries at every space of a long line). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length
  while (end > 0) {
    const c = text.charCodeAt(end - 1)
    if (!TRAILING.has(c) && !isSpaceCode(c)) break
    end--
  }
  return end === text.length ? text : text.slice(0, end)
}

/** Headings that open a trailer of related links: everything after them is boilerplate. */
const TRAILER_HEADINGS = new RegExp(
  '^(?:related(?: stor(?:y|ies)| articles?| content| coverage| news| links| reading| topics)?' +
  '|more on this (?:story|topic)|more (?:stories|news|from [\\w .\'’-]{1,40})|more in [\\w .\'’-]{1,30}' +
  '|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories)?|top stories|latest (?:news|stories)' +
  '|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|read next' +
  '|what to read next|editor[\'’]?s picks|also (?:read|see)|further reading|in (?:other|related) news|around the web' +
  '|from (?:our|the) (?:partners|web)|topics|tags|explore more on these topics|more about|promoted(?: stories| content)?|sponsored (?:stories|links))$',
)

/** Single lines of page furniture (anywhere in the text). */
const FURNITURE = new RegExp(
  '^(?:advertisements?|advert|ad|ads|sponsored(?: content)?|paid content|skip (?:advertisement|ad|next section)' +
  '|(?:story|article) continues (?:below|after)(?: this)? (?:advertisement|ad)|continue reading(?: the main story| below)?' +
  '|scroll (?:down )?to continue(?: with content)?|share(?: this| the)?(?: article| story| page| post)?(?: on [\\w ]+| via [\\w ]+)?' +
  '|share(?:s)? on (?:facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|messenger)|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|copy link|link copied|save(?: article)?|bookmark' +
  '|\\d+ comments?|comments?|show comments|view comments|leave a comment|join the conversation|comment on this (?:story|article)' +
  '|subscribe(?: now| today)?(?: to [\\w \'’-]+)?|sign up(?: for| to)? [\\w \'’-]+|newsletter|get (?:our|the) newsletter|sign in|log ?in|register' +
  '|follow (?:us|[\\w .@\'’-]{1,40}) on (?:twitter|facebook|instagram|x|google news|telegram|linkedin|youtube|tiktok|threads)' +
  '|click here(?: to [\\w \'’-]+)?|read (?:more|the full (?:story|article))(?: about this story| on this| here)?|read more\\s*[:»→>|-].*' +
  '|listen to (?:this )?article|\\d+ min(?:ute)?s? read|all rights reserved|(?:©|\\(c\\)|copyright)\\s.*|.*\\ball rights reserved\\b.*' +
  '|close|menu|home|search|back to top|top of page|skip to (?:main )?content|download (?:the|our) app.*|open in app' +
  '|enable javascript.*|we use cookies.*|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|cookie (?:settings|policy)' +
  '|topics?\\s*:.*|tags?\\s*:.*|filed under\\s*:?.*|categories\\s*:.*|keywords\\s*:.*' +
  '|our standards\\s*:\\s*the thomson reuters trust principles|(?:additional )?(?:reporting|writing|editing|graphics|research) by .{2,200}' +
  '|(?:[\\w .\'’-]{2,60}) contributed (?:to )?this report|this (?:story|article) (?:has been|was) (?:updated|corrected).*' +
  '|(?:(?:last )?(?:updated|published|posted)\\s*:?\\s*)?(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago|just now' +
  '|this (?:article|story|content) is more than .{1,20} old|reuse this content|\\d+ minutes? read' +
  '|image copyright\\s*,?.*|getty images|loading|loading\\.\\.\\.|related|advertisement\\s*-\\s*scroll to continue)$',
)

/** True for the heading of a related-links trailer ("Related Story", "More on this story"). */
export function isTrailerHeading(line: string): boolean {
  return line.length <= 80 && TRAILER_HEADINGS.test(furnitureKey(line))
}

/** True for a line of page furniture: share prompts, ads, "Read more", copyright, "Reporting by", separators without letters. */
export function isFurniture(line: string): boolean {
  if (line.length > 400) return false
  if (!/[\p{L}\p{N}]/u.test(line)) return true
  const k = furnitureKey(line)
  return k === '' ? false : FURNITURE.test(k) || isTrailerHeading(line)
}
