/**
 * What compromise's lexicon knows about a single word or name: a hash look-up, cheap enough to
 * ask for every candidate of a large corpus (running compromise's tagger on 50 MB is not). The
 * kinds are read from a table made from the lexicon (lexicon-kinds.ts, checked against
 * compromise by its unit test): loading compromise itself cost ~0.8 s of CPU in every thread
 * that analyses, each extract worker included.
 */
import { LEXICON_KINDS } from './lexicon-kinds.ts'

/** The kinds of proper noun the lexicon can vouch for. */
export type LexiconKind = 'person' | 'place' | 'organization' | 'demonym' | 'common' | 'calendar'

let kinds: Map<string, LexiconKind> | undefined

/** The table as a map, made on first use. */
function kindMap(): Map<string, LexiconKind> {
  const map = new Map<string, LexiconKind>()
  for (const [kind, words] of Object.entries(LEXICON_KINDS) as [LexiconKind, string][]) for (const word of words.split('\n')) map.set(word, kind)
  return map
}

/** The kind the lexicon gives a folded word or phrase, or null when it does not know it. */
export function lexiconKind(key: string): LexiconKind | null {
  return (kinds ??= kindMap()).get(key) ?? null
}
