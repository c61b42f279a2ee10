/**
 * A synthetic news corpus for benchmarks, shaped like a real one: stories told by 3–5 outlets
 * that share quotes and claims (some reworded, figures with other qualifiers), plus unrelated
 * one-off articles. Each story has its own cast, places, organisation and topical vocabulary;
 * the prose around them is ordinary English news wording, so common words are shared by every
 * article (as in real news) while what makes a story its own is not. Articles run to 600–800
 * words. Made-up names and topical words come from syllables, so any size is possible and
 * nothing is real. Cross-references therefore grow with the number of stories, not with the
 * square of the corpus. Deterministic: the same (count, seed) gives the same files.
 */
import nlp from 'compromise'
import type { Article } from '../../src/model.ts'
import { articleFromText } from '../eval/load-cluster.ts'

/** One generated file: its name and its text (first line the title, paragraphs separated by blank lines). */
export interface GeneratedFile {
  file: string
  text: string
}

/** A small fast seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Splits a space-separated word list. */
function list(words: string): string[] {
  return words.split(/\s+/).filter(Boolean)
}

const SYLLABLES = list('ka ro mi ten sa vol dar li no zu bek ra pol an te gor mus el ji ha qua ren dov is ul ma ov et ba cor fen lun tar vi shel om pra gu nek sil tro bay dun ez fal')
const FIRST_NAMES = list(`
  Anna Maria Elena Sofia Laura Sara Nadia Leila Fatima Aisha Mei Yuki Olga Irina Ana Lucia Clara Hannah Emma Julia
  Ivan Pavel Omar Ahmed Hassan Ali Karim Tariq Diego Carlos Jorge Luis Pedro Marco Paolo Luca Hans Peter Thomas
  Michael David James John Robert Daniel Samuel Kwame Kofi Tunde Jin Hiroshi Ravi Arjun Vikram Mohammed Yusuf
`)
const OUTLETS = list('Wire_Service Daily_Courier Evening_Post Global_Broadcaster Regional_Times News_Agency Morning_Herald World_Report Capital_Gazette Coast_Chronicle').map((name) => name.replace('_', ' '))
const WEEKDAYS = list('Monday Tuesday Wednesday Thursday Friday Saturday Sunday')
const TITLES = ['Foreign Minister', 'Defence Minister', 'President', 'senior official', 'spokeswoman', 'Interior Minister', 'army chief', 'chief executive', 'mayor', 'governor', 'police chief', 'party leader']
const QUALIFIERS = ['more than', 'at least', 'about', 'nearly', 'some', '']
const ORG_HEADS = list('Council Ministry Commission Authority Agency Party Union Institute Bank Company Group Front')
const SPEECH = list('said added told_reporters noted warned explained insisted').map((verb) => verb.replace('_', ' '))

/** Words of compromise's English lexicon with one of the given tags (single plain words only), in the lexicon's order. */
function lexiconWords(...tags: string[]): string[] {
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon
  return Object.keys(lexicon).filter((word) => /^[a-z]{3,}$/.test(word) && tags.includes(String(lexicon[word])))
}

/** Everyday news wording shared by every article (the "common" part of real news text), most frequent first. */
const NEWS_NOUNS = list(`
  government officials people residents police authorities report statement meeting talks plan deal agreement
  crisis talks region city country area border security support aid money budget funds cost price market
  company workers industry sector economy growth election vote campaign party leader minister ministry court
  judge case trial law rules policy decision investigation inquiry evidence documents record account accounts
  week month year day morning evening night hours weeks months years time period season
  children families women men students patients doctors teachers farmers drivers voters members staff
  school hospital road bridge building homes houses village town streets centre office station airport port
  water power energy fuel oil gas food supplies services network system service project programme scheme
  fire storm flood rain damage losses injuries victims survivors rescue teams troops forces soldiers attack
  protest demonstrators crowd march strike union wages jobs contracts talks negotiators mediators
  figures numbers data results survey study analysis experts scientists critics opponents supporters
`)
const NEWS_VERBS = list(`
  announced confirmed denied rejected approved delayed blocked launched opened closed suspended resumed
  raised cut increased reduced expanded extended ordered called urged warned promised pledged vowed
  criticised welcomed praised condemned accused blamed questioned challenged backed supported opposed
  reached signed agreed discussed considered reviewed examined investigated reported recorded estimated
  killed injured arrested detained released evacuated destroyed damaged rebuilt restored repaired
`)
const NEWS_ADJECTIVES = list(`
  new local national regional international foreign public private official senior former current
  major minor key main early late recent previous final first second third latest further
  large small high low strong weak heavy serious severe sharp sudden unexpected significant
  economic political financial military legal social medical environmental technical
`)
/** The rest of English follows the newsroom's words, so that sentences of unrelated stories rarely share more than the common ones. */
const NOUNS = [...new Set([...NEWS_NOUNS, ...lexiconWords('Singular', 'Plural', 'Uncountable')])]
const VERBS = [...new Set([...NEWS_VERBS, ...lexiconWords('PastTense')])]
const ADJECTIVES = [...new Set([...NEWS_ADJECTIVES, ...lexiconWords('Adjective')])]
const CONNECTIVES = ['after', 'before', 'while', 'as', 'because', 'although', 'since', 'when']
const PREPOSITIONS = ['in', 'near', 'outside', 'across', 'around', 'from']
const REWORD: Record<string, string> = {
  killed: 'left dead', attacked: 'struck', said: 'told reporters', soldiers: 'troops', began: 'started',
  meeting: 'talks', announced: 'said', increased: 'raised', arrested: 'detained', residents: 'people',
}

/** Helpers bound to one PRNG. */
function tools(next: () => number) {
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  /** Zipf-like pick: early items far more often than late ones, as with real word frequencies. */
  const zipf = <T>(items: readonly T[]): T => items[Math.floor(items.length * next() ** 3)]!
  const word = (parts: number) => Array.from({ length: parts }, () => pick(SYLLABLES)).join('')
  const name = (parts: number) => capitalise(word(parts))
  return { int, pick, zipf, word, name }
}

type Tools = ReturnType<typeof tools>

/** Upper-cases the first letter. */
function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1)
}

/** The cast, places, organisation and topical vocabulary of one story (or of one unrelated article). */
interface Cast {
  people: { name: string; title: string }[]
  places: string[]
  org: { name: string; acronym: string }
  /** Topical words of this story only ("the zorvek dam"): what sets it apart from other stories. */
  topic: string[]
}

/** Facts several outlets report: claims and quotes. */
interface Story {
  cast: Cast
  claims: string[]
  quotes: { speaker: string; text: string }[]
}

/** Makes up a cast: people, places, an organisation and a topical vocabulary of its own. */
function makeCast(t: Tools): Cast {
  const people = Array.from({ length: 4 }, () => ({ name: `${t.pick(FIRST_NAMES)} ${t.name(3 + t.int(2))}`, title: t.pick(TITLES) }))
  const places = Array.from({ length: 4 }, () => t.name(3 + t.int(2)))
  const orgWords = [t.name(3), t.name(3), t.pick(ORG_HEADS)]
  const org = { name: orgWords.join(' '), acronym: orgWords.map((w) => w[0]).join('') }
  const topic = Array.from({ length: 12 }, () => t.word(3 + t.int(2)))
  return { people, places, org, topic }
}

/** An ordinary news sentence about a cast: shared wording around the story's own words and names. */
function sentenceAbout(t: Tools, cast: Cast): string {
  const noun = () => (t.int(3) === 0 ? t.pick(cast.topic) : t.zipf(NOUNS))
  const phrase = () => `the ${t.int(2) === 0 ? `${t.zipf(ADJECTIVES)} ` : ''}${noun()}`
  const person = t.pick(cast.people)
  switch (t.int(7)) {
    case 0: return `${capitalise(phrase())} ${t.zipf(VERBS)} ${phrase()} ${t.pick(PREPOSITIONS)} ${t.pick(cast.places)} on ${t.pick(WEEKDAYS)}, ${person.title} ${person.name} ${t.pick(SPEECH)}.`
    case 1: return `${capitalise(t.pick(CONNECTIVES))} ${phrase()} ${t.zipf(VERBS)} ${phrase()}, ${phrase()} of ${phrase()} ${t.zipf(VERBS)} ${phrase()} ${t.pick(PREPOSITIONS)} ${t.pick(cast.places)}.`
    case 2: return `The ${cast.org.name} ${t.zipf(VERBS)} ${phrase()} and ${phrase()} ${t.pick(CONNECTIVES)} ${phrase()} ${t.zipf(VERBS)} ${phrase()}.`
    case 3: return `${person.name.split(' ')[1]} ${t.zipf(VERBS)} ${phrase()} ${t.pick(PREPOSITIONS)} ${t.pick(cast.places)} ${t.pick(CONNECTIVES)} ${phrase()} ${t.zipf(VERBS)} ${phrase()} for ${phrase()}.`
    case 4: return `${capitalise(phrase())} ${t.zipf(VERBS)} ${1 + t.int(40)} ${t.zipf(NOUNS)} ${t.pick(PREPOSITIONS)} ${t.pick(cast.places)}, according to ${phrase()}.`
    case 5: return `In ${t.pick(cast.places)}, ${phrase()} ${t.zipf(VERBS)} ${phrase()} of ${phrase()}, ${t.pick(CONNECTIVES)} ${phrase()} ${t.zipf(VERBS)} ${phrase()}.`
    default: return `${capitalise(phrase())} of ${phrase()} ${t.zipf(VERBS)} ${phrase()} ${t.pick(CONNECTIVES)} the ${cast.org.acronym} ${t.zipf(VERBS)} ${phrase()}.`
  }
}

/** Makes up a story: a cast, claims with figures, and quotes. */
function makeStory(t: Tools): Story {
  const cast = makeCast(t)
  const { people, places, org } = cast
  const claims = Array.from({ length: 10 }, (_, i) => {
    const count = 10 + t.int(3000)
    const place = t.pick(places)
    const person = t.pick(people)
    const topical = t.pick(cast.topic)
    switch (i % 5) {
      case 0: return `QUAL ${count.toLocaleString('en-US')} ${t.zipf(NOUNS)} were killed in ${place} on ${t.pick(WEEKDAYS)}, the ${org.acronym} said`
      case 1: return `${person.title} ${person.name} said the ${topical} ${t.zipf(NOUNS)} in ${place} began on ${t.pick(WEEKDAYS)}`
      case 2: return `The ${org.name} (${org.acronym}) ${t.zipf(VERBS)} the ${topical} ${t.zipf(NOUNS)} near ${place} ${t.pick(CONNECTIVES)} ${t.zipf(NOUNS)} ${t.zipf(VERBS)} QUAL ${count} ${t.zipf(NOUNS)}`
      case 3: return `${capitalise(t.zipf(NOUNS))} ${t.zipf(VERBS)} the ${topical} ${t.pick(cast.topic)} close to ${places.slice(0, 3).join(', ')} and ${places[3]} on ${t.pick(WEEKDAYS)}`
      default: return `${person.name} met ${t.pick(people).name} in ${place} to discuss the ${topical} ${t.zipf(NOUNS)} and the ${t.zipf(ADJECTIVES)} ${t.zipf(NOUNS)}`
    }
  })
  const quotes = Array.from({ length: 3 }, () => {
    const words = Array.from({ length: 12 + t.int(8) }, (_, i) => (i % 5 === 2 ? t.pick(cast.topic) : i % 2 === 0 ? t.pick(['we', 'the', 'will', 'not', 'and', 'our', 'this', 'to', 'is']) : t.zipf([...NOUNS, ...VERBS])))
    return { speaker: t.pick(people).name, text: words.join(' ') }
  })
  return { cast, claims, quotes }
}

/** A claim as one outlet writes it: sometimes reworded, qualifier varied. */
function tellClaim(claim: string, t: Tools): string {
  let text = claim.replace(/QUAL /g, () => { const q = t.pick(QUALIFIERS); return q ? `${q} ` : '' })
  if (t.int(3) === 0) text = text.replace(/\b(killed|attacked|said|soldiers|began|meeting|announced|increased|arrested|residents)\b/g, (w) => REWORD[w] ?? w)
  return `${capitalise(text)}.`
}

/** One article of 600–800 words: title, byline, then paragraphs of one to three sentences. */
function writeArticle(t: Tools, story: Story | null, outlet: string): string {
  const cast = story ? { ...story.cast, topic: [...story.cast.topic.slice(0, 8), ...makeCast(t).topic.slice(0, 4)] } : makeCast(t)
  const sentences: string[] = []
  if (story) {
    for (const claim of story.claims) if (t.int(10) < 6) sentences.push(tellClaim(claim, t))
    for (const quote of story.quotes) {
      if (t.int(10) < 5) continue
      const text = t.int(4) === 0 ? quote.text.split(' ').slice(0, -3).join(' ') : quote.text
      sentences.push(t.int(2) === 0 ? `“${capitalise(text)},” ${quote.speaker} said.` : `${quote.speaker} said: "${capitalise(text)}."`)
    }
  }
  const target = 600 + t.int(200)
  let words = sentences.join(' ').split(' ').length
  while (words < target) {
    const sentence = sentenceAbout(t, cast)
    sentences.splice(t.int(sentences.length + 1), 0, sentence)
    words += sentence.split(' ').length
  }
  const title = `${capitalise(t.zipf(NOUNS))} ${t.zipf(VERBS)} in ${cast.places[0]} as ${cast.org.acronym} ${t.pick(SPEECH)} ${t.pick(cast.topic)} ${t.zipf(NOUNS)}`
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length;) {
    const size = 1 + t.int(3)
    paragraphs.push(sentences.slice(i, i + size).join(' '))
    i += size
  }
  return [title, `By ${outlet}`, ...paragraphs].join('\n\n') + '\n'
}

/** Generates `count` article files: stories of 3–5 articles each, about a fifth of them unrelated one-offs. */
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
