/**
 * What compromise's lexicon says of each word it knows, as one of our kinds: the source of the
 * table lexicon-kinds.ts holds. Not imported by the analysis (loading compromise costs ~0.8 s of
 * CPU, in this thread and again in every extract worker); the unit test of the lexicon checks the
 * table against it, and rewrites the table when asked (see tests/analyze/lexicon.test.ts).
 */
import nlp from 'compromise'
import type { LexiconKind } from './lexicon.ts'

interface TagSetEntry { parents?: string[] }

/** The file of the table. */
export const LEXICON_KINDS_FILE = new URL('./lexicon-kinds.ts', import.meta.url)

/**
 * Every word of compromise's lexicon with the kind its tags give it, in the lexicon's order, then
 * the names the lexicon object inherits ("constructor"…): looked up as a property, as the
 * analysis did before the table, each gives a tag that is no tag of compromise's, so 'common'.
 */
export function lexiconEntries(): [string, LexiconKind][] {
  const model = (nlp.world() as unknown as { model: { one: unknown } }).model.one as {
    lexicon: Record<string, unknown>
    tagSet: Record<string, TagSetEntry>
  }
  const words = [...Object.keys(model.lexicon), ...Object.getOwnPropertyNames(Object.prototype).filter((name) => !Object.hasOwn(model.lexicon, name))]
  const entries: [string, LexiconKind][] = []
  for (const word of words) {
    const raw = model.lexicon[word]
    if (raw === undefined) continue
    const tags = new Set<unknown>()
    for (const tag of Array.isArray(raw) ? raw : [raw]) {
      tags.add(tag)
      for (const parent of (typeof tag === 'string' && Object.hasOwn(model.tagSet, tag) ? model.tagSet[tag]!.parents : undefined) ?? []) tags.add(parent)
    }
    const kind = kindFromTags(tags)
    if (kind !== null) entries.push([word, kind])
  }
  return entries
}

/** The text of lexicon-kinds.ts for these entries: each kind's words, one a line, in one string. */
export function lexiconKindsSource(entries: readonly [string, LexiconKind][]): string {
  const kinds: LexiconKind[] = ['person', 'place', 'organization', 'demonym', 'common', 'calendar']
  if (entries.some(([word]) => word.includes('\n'))) throw new Error('lexiconKindsSource: a word holds a line break')
  const lines = kinds.map((kind) => `  ${kind}: ${JSON.stringify(entries.filter((entry) => entry[1] === kind).map((entry) => entry[0]).join('\n'))},`)
  return [
    '/**',
    ' * Each kind compromise\'s lexicon gives a word (lexicon-tags.ts), the words of a kind one a line:',
    ' * read by lexicon.ts instead of loading compromise (~0.8 s of CPU per thread). Generated; do not',
    ' * edit. Rewrite with `UPDATE_LEXICON=1 vitest run --config tests/vitest.config.ts --project unit tests/analyze/lexicon.test.ts`.',
    ' */',
    'export const LEXICON_KINDS = {',
    ...lines,
    '}',
    '',
  ].join('\n')
}

/** Maps compromise tags to one of our kinds. */
function kindFromTags(tags: Set<unknown>): LexiconKind | null {
  if (tags.size === 0) return null
  if (tags.has('WeekDay') || tags.has('Month') || tags.has('Date')) return 'calendar'
  if (tags.has('Demonym')) return 'demonym'
  if (tags.has('FirstName') || tags.has('LastName') || tags.has('Person')) return 'person'
  if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region')) return 'place'
  if (tags.has('Organization') || tags.has('SportsTeam')) return 'organization'
  return 'common'
}
