/**
 * Writes the whole analysis of a generated corpus (and of every labelled cluster) as JSON, so a
 * performance change can be checked to leave the output byte-identical: run before and after,
 * compare the files. Run: node tests/bench/analysis-digest.ts <size> <out.json>
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CuratedTopic } from '../../src/model.ts'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { loadCluster } from '../eval/load-cluster.ts'
import { generateArticles } from './generate-corpus.ts'

const CLUSTERS = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/clusters')

/** Curated topics that exercise keywords, aliases and the 'any' case rule. */
const CURATED: CuratedTopic[] = [
  { file: 'a.mdx', slug: 'peace-talks', name: 'Peace talks', kind: 'theme', aliases: [], summary: null, keywords: ['talks', 'envoy', 'negotiations'] },
  { file: 'b.mdx', slug: 'the-council', name: 'The Council', kind: 'organization', aliases: ['council'], summary: null, keywords: [] },
]

const size = Number(process.argv[2] ?? 1000)
const out = process.argv[3] ?? `/tmp/digest-${size}.json`
const parts: Record<string, unknown> = {}
const sources = generateArticles(size, 2015).map(splitSource)
parts['sources'] = createHash('sha1').update(JSON.stringify(sources)).digest('hex')
parts['corpus'] = analyzeCorpus(sources, CURATED)
for (const name of readdirSync(CLUSTERS).sort()) {
  const labelsFile = join(CLUSTERS, name, 'labels.json')
  if (!existsSync(labelsFile)) continue
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { dir?: string; lines?: boolean }
  parts[name] = analyzeCorpus(loadCluster(resolve(CLUSTERS, name, labels.dir ?? '.'), labels.lines === true), CURATED)
}
writeFileSync(out, JSON.stringify(parts, null, 1))
console.log(out, createHash('sha1').update(JSON.stringify(parts)).digest('hex'))
