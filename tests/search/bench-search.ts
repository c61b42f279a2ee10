/**
 * The search index at scale: `node tests/search/bench-search.ts [articles=10000] [out]`.
 * Makes up `articles` articles of 30 sentences of about 28 words (≈ 300,000 sentences and 50 MB of
 * text at 10,000), words drawn from a Zipf distribution as in English text (the common words are
 * real stop words, the rest made-up), plus 2,000 topics; builds the index files, reports their
 * sizes, writes them with the real client and a bare search page to `out`, and times first and
 * later queries in headless Chromium over file://.
 */
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSearchFiles, type SearchFile, type SearchInput } from '../../src/search/index.ts'
import { fileUrl, launchBrowser } from '../support/browser.ts'
import { random } from '../bench/generate-corpus.ts'
import { clientFile } from './client-engine.ts'

const articles = Number(process.argv[2] ?? 10_000)
const out = process.argv[3] ?? join(tmpdir(), 'dossier-search-bench')

const next = random(42)
const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sa', 'vol', 'dar', 'li', 'no', 'zu', 'bek', 'ra', 'pol', 'an', 'te', 'gor', 'mus', 'el', 'ji', 'ha', 'qua', 'ren', 'dov', 'is', 'ul', 'ma', 'sh', 'ov', 'et', 'ba']
const COMMON = ['the', 'of', 'to', 'and', 'a', 'in', 'that', 'is', 'for', 'on', 'said', 'was', 'with', 'he', 'it', 'as', 'at', 'by', 'from', 'his', 'have', 'has', 'be', 'are', 'were', 'an', 'but', 'not', 'they', 'this', 'had', 'after', 'who', 'their', 'been', 'its', 'which', 'would', 'will', 'also']

/** The made-up word of a frequency rank: frequent words short, rarer ones longer, all distinct. */
function wordOfRank(rank: number): string {
  if (rank < COMMON.length) return COMMON[rank]!
  let n = rank
  let word = ''
  do {
    word += SYLLABLES[n % SYLLABLES.length]
    n = Math.floor(n / SYLLABLES.length)
  } while (n > 0)
  return word
}

const VOCABULARY = 100_000
const words = Array.from({ length: VOCABULARY }, (_, rank) => wordOfRank(rank))
const cdf = new Float64Array(VOCABULARY)
let sum = 0
for (let rank = 0; rank < VOCABULARY; rank++) cdf[rank] = sum += 1 / (rank + 1) ** 1.05
for (let rank = 0; rank < VOCABULARY; rank++) cdf[rank]! /= sum

/** A word drawn by Zipf's law. */
function zipfWord(): string {
  const x = next()
  let low = 0
  let high = VOCABULARY - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (cdf[middle]! < x) low = middle + 1
    else high = middle
  }
  return words[low]!
}

/** A capitalised made-up name. */
function name(): string {
  const w = Array.from({ length: 2 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('')
  return w[0]!.toUpperCase() + w.slice(1)
}

const people = Array.from({ length: 2_000 }, () => `${name()} ${name()}`)

/** A sentence of about 28 words, sometimes naming a person or giving a figure. */
function sentence(): string {
  const length = 14 + Math.floor(next() * 28)
  const parts = Array.from({ length }, zipfWord)
  if (next() < 0.3) parts.splice(Math.floor(next() * length), 0, people[Math.floor(next() * people.length)]!)
  if (next() < 0.2) parts.splice(Math.floor(next() * length), 0, String(Math.floor(next() * 3000)))
  const text = parts.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

/** The corpus as the search takes it. */
function corpus(count: number): SearchInput {
  return {
    topics: people.map((person, index) => ({ page: `topics/t${index}.html`, name: person, kind: 'person', aliases: [person, person.split(' ')[1]!] })),
    sources: Array.from({ length: count }, (_, index) => {
      const title = Array.from({ length: 8 }, zipfWord).join(' ')
      return {
        page: `sources/s${index}.html`,
        title,
        outlet: `Outlet ${index % 50}`,
        label: `Outlet ${index % 50}`,
        sentences: [{ id: 'title', role: 'title', text: title }, ...Array.from({ length: 30 }, (_, n) => ({ id: `s${n}-${index.toString(36)}`, role: 'body', text: sentence() }))],
      }
    }),
  }
}

/** Kilobytes, rounded. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
/** Megabytes, one decimal. */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

let started = performance.now()
const input = corpus(articles)
const sentences = input.sources.reduce((total, source) => total + source.sentences.length - 1, 0)
const textBytes = input.sources.reduce((total, source) => total + source.sentences.reduce((t, s) => t + Buffer.byteLength(s.text), 0), 0)
console.log(`corpus: ${articles} articles, ${sentences} sentences, ${mb(textBytes)} of text, ${input.topics.length} topics (${Math.round(performance.now() - started)} ms)`)

started = performance.now()
const files = buildSearchFiles(input)
console.log(`index built in ${Math.round(performance.now() - started)} ms`)

/** Size figures of one kind of file. */
function report(label: string, group: SearchFile[]): void {
  if (group.length === 0) return void console.log(`${label.padEnd(14)}     0 files`)
  const sizes = group.map((file) => Buffer.byteLength(file.body))
  const gz = group.map((file) => gzipSync(file.body).length)
  const largest = Math.max(...sizes)
  console.log(`${label.padEnd(14)} ${String(group.length).padStart(5)} files  total ${mb(sizes.reduce((a, b) => a + b, 0)).padStart(8)} (gzip ${mb(gz.reduce((a, b) => a + b, 0))})  largest ${kb(largest)} (${group[sizes.indexOf(largest)]!.name}, gzip ${kb(Math.max(...gz))})`)
}
report('all', files)
report('manifest', files.filter((file) => file.name === 'index'))
report('term shards', files.filter((file) => file.name.startsWith('t')))
report('posting parts', files.filter((file) => file.name.startsWith('p')))
report('doc chunks', files.filter((file) => file.name.startsWith('d')))

rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'search'), { recursive: true })
mkdirSync(join(out, 'scripts'))
for (const file of files) writeFileSync(join(out, file.path), file.body)
cpSync(clientFile, join(out, 'scripts', 'search.js'))
writeFileSync(join(out, 'search.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search bench</title></head><body>
<div id="search" data-index="search/" hidden><form role="search"><label for="q">Search</label><input type="search" id="q"></form>
<p role="status"></p><ol class="search-results"></ol><button type="button" class="search-more" hidden>More</button></div>
<script defer src="scripts/search.js"></script></body></html>\n`)

const queries: [label: string, query: string][] = [
  ['a person (rare name)', people[7]!.split(' ')[1]!],
  ['a person, full name', people[7]!],
  ['a mid-frequency word', words[3_000]!],
  ['a frequent word', words[60]!],
  ['the most frequent indexed word', 'said'],
  ['two frequent words', `${words[45]} ${words[80]}`],
  ['a prefix', words[5_000]!.slice(0, 3)],
]
const browser = await launchBrowser()
console.log('\nquery (fresh page each: first query loads the manifest)    results   files  bytes read   first query   again')
for (const [label, query] of queries) {
  const page = await browser.newPage()
  const loaded: string[] = []
  page.on('request', (request) => { if (request.url().includes('/search/')) loaded.push(request.url()) })
  await page.goto(fileUrl(out, 'search.html'))
  await page.waitForFunction(() => !document.getElementById('search')!.hidden)
  /** Types the query into the box, submits it, and times until the status line changes. */
  const time = (q: string) => page.evaluate(async (text) => {
    const input = document.querySelector('input')!
    const status = document.querySelector('[role=status]')!
    const done = new Promise<void>((resolve) => new MutationObserver((_m, observer) => { observer.disconnect(); resolve() }).observe(status, { childList: true, characterData: true, subtree: true }))
    const start = performance.now()
    input.value = text
    document.querySelector('form')!.requestSubmit()
    await done
    return { ms: performance.now() - start, status: status.textContent ?? '' }
  }, q)
  const first = await time(query)
  const bytes = loaded.reduce((total, url) => total + statSync(new URL(url)).size, 0)
  await time('')
  const again = await time(query)
  const results = /^([\d,]+) result/.exec(first.status)?.[1] ?? first.status.slice(0, 30)
  console.log(`${label.padEnd(32)} ${JSON.stringify(query).padEnd(26)} ${results.padStart(8)} ${String(loaded.length).padStart(7)} ${kb(bytes).padStart(11)} ${`${first.ms.toFixed(0)} ms`.padStart(13)} ${`${again.ms.toFixed(0)} ms`.padStart(7)}`)
  await page.close()
}
await browser.close()
console.log(`\nsite written to ${out}`)
