/**
 * What compromise's lexicon knows about a single word or name: a hash look-up, cheap enough to
 * ask for every candidate of a large corpus (running compromise's tagger on 50 MB is not).
 */
import nlp from 'compromise'

/** The kinds of proper noun the lexicon can vouch for. */
export type LexiconKind = 'person' | 'place' | 'organization' | 'demonym' | 'common' | 'calendar'

interface TagSetEntry { parents?: string[] }

const model = (nlp.world() as unknown as { model: { one: unknown } }).model.one as {
  lexicon: Record<string, string | string[]>
  tagSet: Record<string, TagSetEntry>
}

/** All tags of a word, with their parents. */
function tagsOf(word: string): Set<string> {
  const raw = model.lexicon[word]
  const tags = new Set<string>()
  if (raw === undefined) return tags
  for (const tag of Array.isArray(raw) ? raw : [raw]) {
    tags.add(tag)
    for (const parent of model.tagSet[tag]?.parents ?? []) tags.add(parent)
  }
  return tags
}

const cache = new Map<string, LexiconKind | null>()

/** The kind the lexicon gives a folded word or phrase, or null when it does not know it. */
export function lexiconKind(key: string): LexiconKind | null {
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const kind = kindFromTags(tagsOf(key))
  cache.set(key, kind)
  return kind
}

/** Maps compromise tags to one of our kinds. */
function kindFromTags(tags: Set<string>): LexiconKind | null {
  if (tags.size === 0) return null
  if (tags.has('WeekDay') || tags.has('Month') || tags.has('Date')) return 'calendar'
  if (tags.has('Demonym')) return 'demonym'
  if (tags.has('FirstName') || tags.has('LastName') || tags.has('Person')) return 'person'
  if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region')) return 'place'
  if (tags.has('Organization') || tags.has('SportsTeam')) return 'organization'
  return 'common'
}
