/**
 * Small generated corpora for the property tests: plain-text articles with a title and a few
 * paragraphs whose words mix plain English, other scripts, emoji and hostile-looking tokens
 * (`<script>`, `{import}`, `{{ name }}`, `&amp;`…), under awkward but distinct file names.
 */

import fc from 'fast-check'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/** One generated article: its file (relative to the seeds folder), title and paragraphs of sentences. */
export interface GeneratedArticle {
  file: string
  title: string
  paragraphs: string[][]
}

/** Words that no parser rule treats specially (no credits, dates, months, outlets or furniture). */
const PLAIN = ['minister', 'talks', 'river', 'convoy', 'village', 'council', 'report', 'observers', 'figures', 'statement',
  'officials', 'border', 'water', 'station', 'market', 'bridge', 'negotiators', 'agreement', 'envoy', 'region', 'capital',
  'group', 'aid', 'delivery', 'road', 'airport', 'hospital', 'said', 'would', 'resume', 'near', 'after', 'the', 'a', 'of']

/** Words from other scripts and emoji. */
const UNICODE = ['Москва', 'café', 'Zürich', 'naïve', 'İstanbul', '北京', 'دمشق', '🔥', 'Łódź', 'São', '👩🏽‍💻', 'Ελλάδα']

/** Tokens that would be markup, code or templates if the text were ever interpreted. */
const HOSTILE = ['<b>bold</b>', '<script>x()</script>', '{import}', '{{ name }}', '&amp;', '&lt;tag&gt;', '"quoted"',
  'javascript:void(0)', '</p>', '${x}', '*stars*', '[link](x)', '#hash', '<Component />', "<img src=x onerror=alert(1)>", '{/* c */}']

/** A word: mostly plain, sometimes from another script or hostile. */
const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...UNICODE) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) })

/** Upper-cases the first letter. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A sentence: a capitalised plain word, 4–12 more words, a full stop. */
const sentence = fc.tuple(fc.constantFrom(...PLAIN.filter((w) => w.length > 3)), fc.array(word, { minLength: 4, maxLength: 12 }))
  .map(([first, rest]) => `${capital(first)} ${rest.join(' ')}.`)

/** A title: a capitalised plain word and 2–5 more, no full stop. */
const title = fc.tuple(fc.constantFrom(...PLAIN.filter((w) => w.length > 3)), fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...UNICODE, ...HOSTILE) }), { minLength: 2, maxLength: 5 }))
  .map(([first, words]) => `${capital(first)} ${words.join(' ')}`)

/** File-name stems with spaces, accents, parentheses, a leading dash and a sub-folder. */
const STEMS = ['plain', 'with space', 'café crème', 'report (2)', '-dash', 'sub/inner', 'UPPER', 'a_b.c']

/** An article body: 1–4 paragraphs of 1–3 sentences. */
const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 })

/** A corpus of 2–4 articles with distinct file names (each name carries its index, so no two give the same source id). */
export const corpusArbitrary = fc.array(fc.tuple(fc.constantFrom(...STEMS), title, paragraphs), { minLength: 2, maxLength: 4 })
  .map((articles) => articles.map(([stem, t, p], i): GeneratedArticle => ({ file: withIndex(stem, i), title: t, paragraphs: p })))

/** A file name for the i-th article: the index goes in front of the stem's last part. */
function withIndex(stem: string, i: number): string {
  const at = stem.lastIndexOf('/') + 1
  return `${stem.slice(0, at)}${i} ${stem.slice(at)}.txt`
}

/** The text of an article's file: title, blank line, paragraphs separated by blank lines. */
export function articleText(article: GeneratedArticle): string {
  return `${article.title}\n\n${article.paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')}\n`
}

/** Writes a corpus into a folder (in the order given: reversing it changes the order files are created in). */
export async function writeCorpus(folder: string, articles: readonly GeneratedArticle[]): Promise<void> {
  for (const article of articles) {
    await mkdir(dirname(join(folder, article.file)), { recursive: true })
    await writeFile(join(folder, article.file), articleText(article))
  }
}
