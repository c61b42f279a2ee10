import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Element } from 'hast'
import { select } from 'hast-util-select'
import { injectedElements } from './injected.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeText } from '../../src/ingest/decode-text.ts'
import { logBuildSummary } from '../../src/integrations/build-summary.ts'
import type { DossierJson } from '../../src/site/dossier-json.ts'
import { awkwardCases, makeAwkwardCorpus, type AwkwardCase, type AwkwardCorpus } from '../fixtures/make-awkward.ts'
import { buildSite, removeSite, type BuiltSite } from '../support/build-site.ts'
import { brokenLinks, readDossierJson, readPages, type Page } from '../support/read-site.ts'
import { articleText, filesOf, normalise, sentenceElements, tempFolders, textOf } from './site-text.ts'

/**
 * One build of the awkward corpus (tests/fixtures/make-awkward.ts): every input has a stated
 * outcome — read as a source with its text verbatim, skipped with a reason, or passed over.
 */

const folders = tempFolders()
let corpus: AwkwardCorpus
let site: BuiltSite
let json: DossierJson
let pages: Map<string, Page>

beforeAll(async () => {
  corpus = await makeAwkwardCorpus(await folders.make('awkward'))
  site = await buildSite({ seeds: corpus.seeds, content: await folders.make('content') })
  json = await readDossierJson(site.dist)
  pages = await readPages(site.dist)
})

afterAll(async () => {
  if (site) await removeSite(site)
  await folders.removeAll()
})

/** The dossier.json source read from a file. */
function sourceOf(file: string) {
  return json.sources.find((source) => source.file === file)
}

/** The sentences of a source joined as they read. */
function joinedSentences(file: string): string {
  return normalise(sourceOf(file)?.sentences.map((sentence) => sentence.text).join(' ') ?? '')
}

describe('the awkward corpus', () => {
  it('states an outcome for every input', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(40)
    const counts = { source: 0, skipped: 0, ignored: 0 }
    for (const c of corpus.cases) counts[c.outcome]++
    expect(json.sources).toHaveLength(counts.source)
    expect(json.skipped).toHaveLength(counts.skipped)
  })

  const describeCase = (c: AwkwardCase) => `${c.file} (${c.what})`

  it.each(corpusCases())('%s', (_name, c) => {
    if (c.outcome === 'ignored') {
      expect(sourceOf(c.file)).toBeUndefined()
      expect(json.skipped.map((s) => s.file)).not.toContain(c.file)
      return
    }
    if (c.outcome === 'skipped') {
      const skipped = json.skipped.find((s) => s.file === c.file)
      expect(skipped, describeCase(c)).toBeDefined()
      expect(skipped!.reason).toMatch(c.reason)
      expect(sourceOf(c.file)).toBeUndefined()
      const overview = textOf(select('main', pages.get('index.html')!.tree) as Element)
      expect(overview).toContain(`${c.file}: ${skipped!.reason}`)
      return
    }
    const source = sourceOf(c.file)
    expect(source, describeCase(c)).toBeDefined()
    const page = pages.get(source!.page)!
    const onPage = articleText(page)
    const inJson = joinedSentences(c.file)
    for (const snippet of c.snippets) {
      expect(inJson, `dossier.json of ${c.file}`).toContain(normalise(snippet))
      expect(onPage, `page of ${c.file}`).toContain(normalise(snippet))
    }
    const text = select('.article-text p', page.tree) as Element | undefined
    expect(text?.properties['dir'], `dir of ${c.file}`).toBe(c.dir)
    if (c.lang) expect(text?.properties['lang'], `lang of ${c.file}`).toBe(c.lang)
  })

  it('summarises the build in one line and names every skipped file with its reason', async () => {
    const logged: string[] = []
    await logBuildSummary(site.dist, 1234, { info: (m) => logged.push(m), warn: (m) => logged.push(m) })
    const [line, ...rest] = logged
    expect(line).toMatch(new RegExp(`^Dossier: ${json.sources.length} articles read, ${json.skipped.length} skipped \\(\\d+ [a-z]`))
    expect(line).toMatch(/\d+ topics?, \d+ cross-references?, 1\.2 s$/)
    for (const c of corpus.cases) if (c.outcome === 'skipped') expect(rest.find((m) => m.startsWith(`skipped ${c.file}: `)), c.file).toMatch(new RegExp(c.reason.source.replace('^', ': ')))
    expect(rest).toHaveLength(json.skipped.length)
  })

  it('never follows a symbolic link: text from outside the folder is nowhere in the site', async () => {
    const secret = corpus.outsideSecret.slice(0, 24)
    for (const [path, bytes] of await filesOf(site.dist)) expect(bytes.toString('utf8').includes(secret), path).toBe(false)
  })

  it('gives every source a distinct id and page, also for equal titles and colliding names', () => {
    const ids = json.sources.map((source) => source.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    const sameTitle = json.sources.filter((source) => source.title === 'Russia says opposition guided strikes')
    expect(sameTitle).toHaveLength(2)
  })

  it('loses no character of a plain-text input: every line is on its page (spacing aside)', async () => {
    for (const { source, lines } of await inputLines()) {
      const page = squeeze(articleText(pages.get(source.page)!))
      for (const line of lines) expect(page, `${source.file}: "${line.slice(0, 60)}"`).toContain(squeeze(line))
    }
  })

  // Each sentence keeps the gap that followed it (none between CJK sentences, none where the
  // segmenter cuts inside a token such as "![alt]"), and the page puts back exactly that gap.
  it('adds no space that the input does not have (CJK sentences, "![alt]")', async () => {
    for (const { source, lines } of await inputLines()) {
      const page = articleText(pages.get(source.page)!)
      for (const line of lines) expect(page, `${source.file}: "${line.slice(0, 60)}"`).toContain(line)
    }
  })

  it('keeps only web addresses as an article’s url (never javascript: from a saved page)', () => {
    for (const source of json.sources) if (source.url !== null) expect(source.url, source.file).toMatch(/^https?:\/\//)
    expect(sourceOf('hostile.html')?.url).toBeNull()
  })

  it('anchors every sentence once, with the text dossier.json gives', () => {
    for (const source of json.sources) {
      const elements = sentenceElements(pages.get(source.page)!)
      for (const sentence of source.sentences) {
        const found = elements.get(sentence.id) ?? []
        expect(found, `${source.page}#${sentence.id}`).toHaveLength(1)
        expect(textOf(found[0])).toBe(normalise(sentence.text))
      }
    }
  })

  it('resolves every internal link, also to pages named after awkward files', () => {
    // dossier.pdf is linked from a hidden item that `npm run pdf` reveals once it has written the file.
    expect(brokenLinks(site.dist, pages).filter((broken) => broken.url !== 'dossier.pdf')).toEqual([])
  })

  it('shows no element that came from the text: the only scripts are the site’s own', () => {
    for (const page of pages.values()) expect(injectedElements(page), page.path).toEqual([])
  })
})

/** Text with no whitespace at all: compares characters, not spacing. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Every plain-text source with the non-empty lines of its input, decoded as the build decodes them. */
async function inputLines() {
  const inputs = []
  for (const source of json.sources.filter((s) => s.format === 'txt')) {
    const decoded = decodeText(await readFile(join(corpus.seeds, source.file)))
    if ('skipped' in decoded) throw new Error(`${source.file}: ${decoded.skipped}`)
    inputs.push({ source, lines: decoded.text.split('\n').map(normalise).filter(Boolean) })
  }
  return inputs
}

/** The cases as [name, case] rows for `it.each` (the list is known before the corpus is written). */
function corpusCases(): [string, AwkwardCase][] {
  return awkwardCases().map((c) => [`${c.outcome}: ${c.file} — ${c.what}`, c])
}
