import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { paceCollectorForPages } from '../../src/site/page-phase-heap.ts'

const MODULE = fileURLToPath(new URL('../../src/site/page-phase-heap.ts', import.meta.url))

/**
 * In a process of its own (V8 flags are process-wide): a live heap of a million small objects, then
 * a gigabyte of short-lived buffers, as pages' bodies pass through; prints the full collections counted.
 */
const PROBE = `
import { PerformanceObserver, constants } from 'node:perf_hooks'
const { paceCollectorForPages } = await import(${JSON.stringify(MODULE)})
const live = Array.from({ length: 1_000_000 }, (_, i) => ({ i }))
paceCollectorForPages(process.env)
let full = 0
new PerformanceObserver((list) => { full += list.getEntries().filter((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length }).observe({ entryTypes: ['gc'] })
let sum = 0
for (let i = 0; i < 1000; i++) sum += Buffer.alloc(1 << 20)[i % 7]
await new Promise((resolve) => setTimeout(resolve, 50))
console.log(JSON.stringify({ full, sum, live: live.length }))
`

function fullCollections(heapFlags: string): number {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], { encoding: 'utf8', env: { ...process.env, DOSSIER_HEAP_FLAGS: heapFlags } })
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { full: number }).full
}

describe('paceCollectorForPages', () => {
  it('stops short-lived buffers from forcing a full collection every 64 MB (the flags exist in this Node)', () => {
    const defaults = fullCollections('off')
    const paced = fullCollections('on')
    // A gigabyte of buffers: about one full collection per 64 MB with V8's defaults.
    expect(defaults).toBeGreaterThanOrEqual(8)
    expect(paced).toBeLessThanOrEqual(defaults / 4)
  })

  it('collects the garbage left before the pages, at once', () => {
    // A process of its own: 200 MB of objects, dropped; no collection would run until the next allocations.
    const probe = `
const { paceCollectorForPages } = await import(${JSON.stringify(MODULE)})
let garbage = Array.from({ length: 2_000_000 }, (_, i) => ({ i, text: 'x' + i }))
garbage = null
const before = process.memoryUsage().heapUsed
paceCollectorForPages(process.env)
console.log(JSON.stringify({ before, after: process.memoryUsage().heapUsed }))
`
    const run = (heapFlags: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, DOSSIER_HEAP_FLAGS: heapFlags } }).trim().split('\n').at(-1)!) as { before: number; after: number }
    const paced = run('on')
    expect(paced.before - paced.after).toBeGreaterThan(100e6)
    // Without it, nothing is collected then.
    const off = run('off')
    expect(off.before - off.after).toBeLessThan(10e6)
  })

  it('sets nothing when DOSSIER_HEAP_FLAGS is off', () => {
    expect(paceCollectorForPages({ DOSSIER_HEAP_FLAGS: 'off' })).toEqual([])
  })
})
