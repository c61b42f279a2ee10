import type { Source, Topic } from '../model.ts'
import { printPrefix, type LinkTargets } from './link-targets.ts'
import { pagedPath } from './paging.ts'
import { PAGES, relativeHref, sentenceAnchor } from './paths.ts'

/**
 * The printed dossier is one document while it is small; a large dossier is cut into volumes of
 * SOURCES_PER_VOLUME sources (print.html, print--2.html, …) so that no page grows with the whole
 * corpus. The cover and overview open the first volume, the index of topics closes the last.
 */
export const SOURCES_PER_VOLUME = 100

/**
 * Sources printed at most (five volumes, some 2,500 A4 pages): past that a printed dossier is no
 * longer a briefing, and each source page still prints on its own. The cover says what was left out.
 */
export const PRINTED_SOURCES = 500

/**
 * Topics listed in the printed index at most (the most mentioned), sources listed per topic, and
 * mentions linked per source: at 10,000 sources a fuller index made the last volume 15 MB.
 */
export const INDEX_TOPICS = 1000
export const INDEX_SOURCES_PER_TOPIC = 12
export const INDEX_MENTIONS_PER_SOURCE = 5

export interface PrintVolume {
  number: number
  path: string
  sources: Source[]
  first: boolean
  last: boolean
}

/** Cuts the first PRINTED_SOURCES sources into volumes (at least one, even when empty). */
export function printVolumes(all: readonly Source[]): PrintVolume[] {
  const sources = all.slice(0, PRINTED_SOURCES)
  const volumes: PrintVolume[] = []
  for (let i = 0; i === 0 || i < sources.length; i += SOURCES_PER_VOLUME) {
    const number = volumes.length + 1
    volumes.push({ number, path: pagedPath(PAGES.print, number), sources: sources.slice(i, i + SOURCES_PER_VOLUME), first: number === 1, last: false })
  }
  volumes.at(-1)!.last = true
  return volumes
}

/** Links from one volume: to a sentence in whichever volume holds its source, to a topic's entry in the index. */
export function printTargetsFor(volumes: readonly PrintVolume[], current: PrintVolume): LinkTargets {
  const volumeOf = new Map<string, PrintVolume>()
  for (const volume of volumes) for (const source of volume.sources) volumeOf.set(source.article.id, volume)
  // By number, not identity: a page may hold a copy of its volume (Astro passes props by value).
  const at = (volume: PrintVolume, id: string) => (volume.number === current.number ? `#${id}` : `${relativeHref(current.path, volume.path)}#${id}`)
  return {
    // A source left out of the printed volumes is linked on its own page.
    sentence: (source, sentence) => {
      const volume = volumeOf.get(source)
      return volume ? at(volume, `${printPrefix(source)}${sentence}`) : relativeHref(current.path, sentenceAnchor(source, sentence))
    },
    topic: (slug) => at(volumes.at(-1)!, `topic--${slug}`),
  }
}

/** The topics of the printed index: the most mentioned INDEX_TOPICS, in alphabetical order. */
export function indexTopics(topics: readonly Topic[]): Topic[] {
  const chosen = topics.length <= INDEX_TOPICS ? [...topics] : [...topics].sort((a, b) => b.mentions.length - a.mentions.length || (a.slug < b.slug ? -1 : 1)).slice(0, INDEX_TOPICS)
  return chosen.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1))
}
