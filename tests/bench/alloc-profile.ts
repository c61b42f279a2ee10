/**
 * Where the analysis allocates (garbage included): a sampling heap profile of analyzeCorpus that
 * keeps objects the GC already collected. Run: node tests/bench/alloc-profile.ts <size> <out.heapprofile>
 */
import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
import { analyzeCorpus } from '../../src/analyze/analyze-corpus.ts'
import { splitSource } from '../../src/analyze/split-source.ts'
import { generateArticles } from './generate-corpus.ts'

const size = Number(process.argv[2] ?? 2000)
const sources = generateArticles(size, 2015).map(splitSource)
const session = new Session()
session.connect()
await session.post('HeapProfiler.startSampling', { samplingInterval: 1 << 16, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
analyzeCorpus(sources, [])
const { profile } = await session.post('HeapProfiler.stopSampling')
writeFileSync(process.argv[3] ?? '/tmp/alloc.heapprofile', JSON.stringify(profile))
