/**
 * A synthetic news corpus for benchmarks: stories told by 3–5 outlets that share quotes and
 * claims (some reworded, figures with other qualifiers), plus unrelated articles. Names, places
 * and vocabulary are made up from syllables, so any size is possible and nothing is real.
 * Deterministic: the same (count, seed) gives the same files.
 */
import type { Article } from '../../src/model.ts'
import { articleFromText } from '../eval/load-cluster.ts'

/** One generated file: its name and its text (first line the title, paragraphs separated by blank lines). */
export interface GeneratedFile {
  file: string
  text: string
}

/** A small fast seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Helpers bound to one PRNG. */
function tools(next: () => number) {
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!
  const syllables = ['ka', 'ro', 'mi', 'ten', 'sa', 'vol', 'dar', 'li', 'no', 'zu', 'bek', 'ra', 'pol', 'an', 'te', 'gor', 'mus', 'el', 'ji', 'ha', 'qua', 'ren', 'dov', 'is', 'ul', 'ma', 'sh', 'ov', 'et', 'ba']
  const word = (parts: number) => Array.from({ length: parts }, () => pick(syllables)).join('')
  const name = (parts: number) => { const w = word(parts); return w[0]!.toUpperCase() + w.slice(1) }
  return { int, pick, word, name }
}

const FUNCTION_WORDS = ['the', 'a', 'of', 'in', 'on', 'for', 'with', 'and', 'to', 'from', 'by', 'after', 'as', 'that']
const VERBS = ['said', 'reported', 'confirmed', 'announced', 'warned', 'denied', 'added', 'noted']
const OUTLETS = ['Wire Service', 'Daily Courier', 'Evening Post', 'Global Broadcaster', 'Regional Times', 'News Agency', 'Morning Herald', 'World Report']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const TITLES = ['Foreign Minister', 'Defence Minister', 'President', 'senior official', 'spokeswoman', 'Interior Minister', 'army chief']
const QUALIFIERS = ['more than', 'at least', 'about', 'nearly', '']
const NOUNS = ['people', 'targets', 'civilians', 'soldiers', 'homes', 'vehicles', 'positions', 'refugees']
const REWORD: Record<string, string> = { killed: 'left dead', attacked: 'struck', said: 'told reporters', warplanes: 'jets', soldiers: 'troops', began: 'started', meeting: 'talks' }

/** The shared facts of one story. */
interface Story {
  people: { name: string; title: string }[]
  places: string[]
  org: { name: string; acronym: string }
  claims: string[]
  quotes: { speaker: string; text: string }[]
}

/** Makes up a story: its cast, places, claims and quotes. */
function makeStory(t: ReturnType<typeof tools>): Story {
  const people = Array.from({ length: 3 }, () => ({ name: `${t.name(2)} ${t.name(3)}`, title: t.pick(TITLES) }))
  const places = Array.from({ length: 4 }, () => t.name(2 + t.int(2)))
  const orgWords = [t.name(2), t.name(3), 'Council']
  const org = { name: `${orgWords[0]} ${orgWords[1]} ${orgWords[2]}`, acronym: orgWords.map((w) => w[0]).join('') }
  const vocab = Array.from({ length: 40 }, () => t.word(2 + t.int(2)))
  const sentence = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 1 ? t.pick(FUNCTION_WORDS) : t.pick(vocab))).join(' ')
  const claims = Array.from({ length: 10 }, (_, i) => {
    const count = 10 + t.int(3000)
    const place = t.pick(places)
    switch (i % 4) {
      case 0: return `QUAL ${count.toLocaleString('en-US')} ${t.pick(NOUNS)} were killed in ${place} on ${t.pick(WEEKDAYS)}, ${org.acronym} said`
      case 1: return `${t.pick(people).title} ${t.pick(people).name} said the ${sentence(5)} in ${place} began on ${t.pick(WEEKDAYS)}`
      case 2: return `Warplanes attacked targets close to ${places.slice(0, 3).join(', ')} and ${places[3]} as the ${sentence(6)}`
      default: return `The ${org.name} (${org.acronym}) said ${sentence(9)} near ${place}`
    }
  })
  const quotes = Array.from({ length: 3 }, () => ({ speaker: t.pick(people).name, text: `${sentence(10 + t.int(8))}` }))
  return { people, places, org, claims, quotes }
}

/** A claim as one outlet writes it: sometimes reworded, qualifier varied. */
function tellClaim(claim: string, t: ReturnType<typeof tools>): string {
  let text = claim.replace('QUAL ', () => { const q = t.pick(QUALIFIERS); return q ? `${q} ` : '' })
  if (t.int(3) === 0) text = text.replace(/\b(killed|attacked|said|warplanes|soldiers|began|meeting)\b/g, (w) => REWORD[w] ?? w)
  return capitalise(text) + '.'
}

/** Upper-cases the first letter. */
function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1)
}

/** Filler prose of an article, from its own vocabulary and a few names of its own. */
function filler(t: ReturnType<typeof tools>, vocab: readonly string[], names: readonly string[]): string {
  const length = 12 + t.int(14)
  const words = Array.from({ length }, (_, i) => (i % 4 === 2 ? t.pick(FUNCTION_WORDS) : i % 9 === 5 ? t.pick(names) : t.pick(vocab)))
  if (t.int(3) === 0) words.push(String(2 + t.int(900)), t.pick(NOUNS))
  return `${capitalise(words.join(' '))}, ${t.pick(names)} ${t.pick(VERBS)}.`
}

/** One article of about 700 words: title, then paragraphs of two or three sentences. */
function writeArticle(t: ReturnType<typeof tools>, story: Story | null, outlet: string): string {
  const vocab = Array.from({ length: 150 }, () => t.word(2 + t.int(3)))
  const names = Array.from({ length: 6 }, () => t.name(2 + t.int(2)))
  const sentences: string[] = []
  if (story) {
    for (const claim of story.claims) if (t.int(10) < 7) sentences.push(tellClaim(claim, t))
    for (const quote of story.quotes) {
      if (t.int(10) < 6) continue
      const text = t.int(4) === 0 ? quote.text.split(' ').slice(0, -3).join(' ') : quote.text
      sentences.push(t.int(2) === 0 ? `“${capitalise(text)},” ${quote.speaker} said.` : `${quote.speaker} said: "${capitalise(text)}."`)
    }
  }
  while (sentences.join(' ').split(' ').length < 680) {
    sentences.splice(t.int(sentences.length + 1), 0, filler(t, vocab, names))
  }
  const title = story ? `${capitalise(t.pick(vocab))} ${t.pick(FUNCTION_WORDS)} ${story.places[0]} as ${story.org.acronym} ${t.pick(VERBS)} ${t.pick(vocab)}` : `${capitalise(t.pick(vocab))} ${t.pick(FUNCTION_WORDS)} ${t.pick(names)} ${t.pick(vocab)}`
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length;) {
    const size = 2 + t.int(2)
    paragraphs.push(sentences.slice(i, i + size).join(' '))
    i += size
  }
  return [title, `By ${outlet}`, ...paragraphs].join('\n\n') + '\n'
}

/** Generates `count` article files: stories of 3–5 articles each, about a fifth of them unrelated. */
export function generateCorpus(count: number, seed: number): GeneratedFile[] {
  const t = tools(random(seed))
  const files: GeneratedFile[] = []
  while (files.length < count) {
    const unrelated = t.int(5) === 0
    const story = unrelated ? null : makeStory(t)
    const size = unrelated ? 1 : Math.min(3 + t.int(3), count - files.length)
    const outlets = [...OUTLETS].sort(() => t.int(3) - 1).slice(0, size)
    for (let k = 0; k < size; k++) {
      const index = files.length
      files.push({ file: `article-${String(index).padStart(5, '0')}.txt`, text: writeArticle(t, story, outlets[k] ?? t.pick(OUTLETS)) })
    }
  }
  return files
}

/** The generated corpus as Articles (first paragraph the title), the outlet taken from the "By …" line. */
export function generateArticles(count: number, seed: number): Article[] {
  return generateCorpus(count, seed).map(({ file, text }) => {
    const article = articleFromText(file, text)
    const byline = article.paragraphs[0] ?? ''
    return { ...article, outlet: byline.startsWith('By ') ? byline.slice(3) : null, byline: byline || null, paragraphs: article.paragraphs.slice(1) }
  })
}
