/**
 * Writes the whole analysis of a generated corpus (and of every labelled cluster) as JSON, so a
 * performance change can be checked to leave the output byte-identical: run before and after,
 * compare the files. Run: node tests/bench/analysis-digest.ts [--workers N] <size> <out.json>
 * With --workers N the corpus's extracts come from `extractSources` in N worker threads (the
 * build's path); the digest must equal the one without.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CuratedTopic } from '../../src/model.ts'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { extractSources } from '../../src/analyze/extract-sources.ts'
import { loadCluster } from '../eval/load-cluster.ts'
import { generateArticles } from './generate-corpus.ts'

const CLUSTERS = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/clusters')

/** Curated topics that exercise keywords, aliases and the 'any' case rule. */
const CURATED: CuratedTopic[] = [
  { file: 'a.mdx', slug: 'peace-talks', name: 'Peace talks', kind: 'theme', aliases: [], summary: null, keywords: ['talks', 'envoy', 'negotiations'] },
  { file: 'b.mdx', slug: 'the-council', name: 'The Council', kind: 'organization', aliases: ['council'], summary: null, keywords: [] },
]

const args = process.argv.slice(2)
const workersAt = args.indexOf('--workers')
const workers = workersAt >= 0 ? Number(args.splice(workersAt, 2)[1]) : 0
const size = Number(args[0] ?? 1000)
const out = args[1] ?? `/tmp/digest-${size}.json`
const parts: Record<string, unknown> = {}
const sources = generateArticles(size, 2015).map(splitSource)
parts['sources'] = createHash('sha1').update(JSON.stringify(sources)).digest('hex')
const extracts = workers >= 2 ? await extractSources(sources, { workers, minSources: 0 }) : undefined
parts['corpus'] = analyzeCorpus(sources, CURATED, extracts ? { extracts } : {})
for (const name of readdirSync(CLUSTERS).sort()) {
  const labelsFile = join(CLUSTERS, name, 'labels.json')
  if (!existsSync(labelsFile)) continue
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { dir?: string; lines?: boolean }
  parts[name] = analyzeCorpus(loadCluster(resolve(CLUSTERS, name, labels.dir ?? '.'), labels.lines === true), CURATED)
}
writeFileSync(out, JSON.stringify(parts, null, 1))
console.log(out, createHash('sha1').update(JSON.stringify(parts)).digest('hex'))
