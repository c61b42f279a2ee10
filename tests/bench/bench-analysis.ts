/**
 * Benchmark of the corpus analysis: generates corpora of 100, 1,000 and 10,000 articles and
 * reports the analysis time and the peak memory (RSS) of each, each size in its own process so
 * the peaks do not mix. Run: node tests/bench/bench-analysis.ts [--workers N] [sizes…]
 * With --workers N (N >= 2) the per-source extracts are computed first by `extractSources` in N
 * worker threads (stage "extract (workers)": worker start-up and the sources' and extracts' trips
 * between threads included), then handed to analyzeCorpus.
 * From 60,000 sentences on (~1,350 articles) analyzeCorpus itself hands the quotes' overlaps and the
 * alignment's candidate scoring to a worker thread (option scoreWorker); stage "candidate scores
 * (wait)" is how long it then waited for the scores. Per-stage CPU counts every thread of the
 * process, so the worker's CPU shows in the stages it overlapped (mentions, quotes).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { extractSources } from '../../src/analyze/extract-sources.ts'
import { generateArticles } from './generate-corpus.ts'

const SEED = 2015

/** Runs one size in this process and prints one JSON line. */
async function runOne(size: number, workers: number): Promise<void> {
  const articles = generateArticles(size, SEED)
  const megabytes = articles.reduce((sum, article) => sum + article.paragraphs.join('\n').length, 0) / 1e6
  const splitStart = performance.now()
  const sources = articles.map(splitSource)
  const splitMs = performance.now() - splitStart
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const stages: Record<string, number> = {}
  const stagesCpu: Record<string, number> = {}
  let lastCpu = process.cpuUsage()
  // Per-stage CPU time (all threads, GC included) is steadier than wall time on a shared machine.
  const onStage = (stage: string, ms: number) => {
    const now = process.cpuUsage()
    stages[stage] = Math.round(ms)
    stagesCpu[stage] = Math.round((now.user - lastCpu.user + now.system - lastCpu.system) / 1000)
    lastCpu = now
  }
  let extracts
  if (workers >= 2) {
    const extractStart = performance.now()
    extracts = await extractSources(sources, { workers, minSources: 0 })
    onStage('extract (workers)', performance.now() - extractStart)
  }
  const analysis = analyzeCorpus(sources, [], extracts ? { onStage, extracts } : { onStage })
  const analyzeMs = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({
    size, megabytes: round(megabytes), splitMs: Math.round(splitMs), analyzeMs: Math.round(analyzeMs), cpuMs: Math.round(cpuMs), peakRssMb: Math.round(peakRssMb),
    stages, stagesCpu, topics: analysis.topics.length, crossrefs: analysis.crossrefs.length, quotes: analysis.quotes.length, figures: analysis.figures.length,
  }))
}

/** Rounds to one decimal. */
function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Runs each size in a child process and prints a table. */
function main(sizes: number[], workers: number): void {
  // Wall time suffers when other processes share the machine; CPU time (this process, all threads) less so.
  console.log('articles   text MB   split s   analyse s   (cpu s)   peak RSS MB   topics   crossrefs   quotes   figures')
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(size), '--workers', String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 })
    if (child.status !== 0) { console.error(child.stderr); process.exitCode = 1; continue }
    const row = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, number>
    console.log([
      String(row['size']).padStart(8), String(row['megabytes']).padStart(9), (row['splitMs']! / 1000).toFixed(2).padStart(9),
      (row['analyzeMs']! / 1000).toFixed(2).padStart(11), `(${(row['cpuMs']! / 1000).toFixed(2)})`.padStart(9), String(row['peakRssMb']).padStart(13), String(row['topics']).padStart(8),
      String(row['crossrefs']).padStart(11), String(row['quotes']).padStart(8), String(row['figures']).padStart(9),
    ].join(' '))
    console.log(`         stages (ms): ${JSON.stringify(row['stages'])}`)
    console.log(`     stages (cpu ms): ${JSON.stringify(row['stagesCpu'])}`)
  }
}

const args = process.argv.slice(2)
const workersAt = args.indexOf('--workers')
const workers = workersAt >= 0 ? Number(args.splice(workersAt, 2)[1]) : 0
const one = args.indexOf('--one')
if (one >= 0) await runOne(Number(args[one + 1]), workers)
else {
  const sizes = args.map(Number).filter((n) => n > 0)
  main(sizes.length > 0 ? sizes : [100, 1000, 10000], workers)
}
