import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { indexDossier } from '../../src/site/dossier-index.ts'
import { dossierJsonText, toDossierJson, writeDossierJson } from '../../src/site/dossier-json.ts'
import type { Dossier } from '../../src/site/dossier.ts'
import { generateArticles } from '../bench/generate-corpus.ts'

/** A dossier of a generated corpus, as the site assembles one (no analyst content). */
function dossierOf(articles: number, seed: number): Dossier {
  const sources = generateArticles(articles, seed).map(splitSource)
  const analysis = analyzeCorpus(sources, [])
  const partial = {
    title: 'A “quoted” title — with\u2028odd characters',
    subtitle: null,
    author: null,
    language: 'en',
    sources,
    skipped: [{ file: 'notes.docx', reason: 'not an article format' }],
    analysis,
    curated: [],
  }
  return { ...partial, annotations: [], index: indexDossier(partial) }
}

describe('dossierJsonText', () => {
  const dossier = dossierOf(30, 5)

  it('writes, piece by piece, exactly the text of the whole contract', () => {
    const whole = JSON.stringify(toDossierJson(dossier))
    const pieces = [...dossierJsonText(dossier, 4096)]
    expect(pieces.length).toBeGreaterThan(5)
    expect(pieces.join('')).toBe(whole)
    // Every piece but the last reaches the size asked for, none is empty.
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(4096)
    expect(pieces.every((piece) => piece.length > 0)).toBe(true)
  })

  it('carries every part of the analysis', () => {
    const json = JSON.parse([...dossierJsonText(dossier)].join('')) as ReturnType<typeof toDossierJson>
    expect(json.sources).toHaveLength(30)
    expect(json.topics.length).toBeGreaterThan(10)
    expect(json.crossrefs.length).toBeGreaterThan(5)
    expect(Object.keys(json.unique).length).toBeGreaterThan(0)
    expect(json.skipped).toEqual([{ file: 'notes.docx', reason: 'not an article format' }])
  })

  it('writes empty lists of an empty dossier as the contract does', () => {
    const empty = dossierOf(0, 1)
    expect([...dossierJsonText(empty)].join('')).toBe(JSON.stringify(toDossierJson(empty)))
  })
})

describe('writeDossierJson', () => {
  it('writes the whole contract and a line end to the file, replacing what was there, leaving nothing aside', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-json-'))
    try {
      const file = join(folder, 'dossier.json')
      writeFileSync(file, 'an older build’s file, longer than nothing')
      const dossier = dossierOf(30, 5)
      await writeDossierJson(file, dossier)
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(toDossierJson(dossier))}\n`)
      expect(readdirSync(folder)).toEqual(['dossier.json'])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
