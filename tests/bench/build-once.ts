/**
 * One `astro build` in its own process, for the benchmark: `node build-once.ts ROOT OUT CACHE`.
 * Prints the wall time and the process's peak resident memory as a JSON line after "BENCH ".
 */
import { build } from 'astro'

const [root, outDir, cacheDir] = process.argv.slice(2)
if (!root || !outDir || !cacheDir) throw new Error('usage: build-once.ts ROOT OUT CACHE')
process.env['ASTRO_TELEMETRY_DISABLED'] = '1'
const started = performance.now()
await build({ root, outDir, cacheDir, logLevel: 'warn' })
const ms = performance.now() - started
console.log(`BENCH ${JSON.stringify({ ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}`)
