/**
 * `npm run bench`: the whole dossier build against the framework's floor, at several sizes.
 * For each size it generates a corpus (tests/bench/generate-corpus.ts), builds a bare Astro site of
 * the same articles (tests/bench/floor), builds the dossier, then rebuilds it after changing one
 * article and after adding one, and prints a table: wall time, the dossier's own stages (from its
 * log line), peak memory, output size, largest file and largest page, and the dossier/floor ratio.
 * Sizes: `npm run bench -- 100 1000` (default 100 1000 10000).
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './generate-corpus.ts'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const floorRoot = fileURLToPath(new URL('./floor', import.meta.url))
const buildOnce = fileURLToPath(new URL('./build-once.ts', import.meta.url))
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)

interface Run {
  ms: number
  maxRssMB: number
  stages: string
}

/** Runs one build in a child process and reads its figures. */
function runBuild(root: string, outDir: string, cacheDir: string, env: Record<string, string>): Run {
  const out = execFileSync(process.execPath, [buildOnce, root, outDir, cacheDir], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const figures = JSON.parse(/BENCH (.*)/.exec(out)![1]!) as { ms: number; maxRssMB: number }
  const stages = /\[dossier\][^·]*· (.*)/.exec(out)?.[1]?.trim() ?? ''
  return { ...figures, stages }
}

/** Total bytes, the largest file and the largest HTML page under a folder. */
async function sizeOf(folder: string): Promise<{ bytes: number; files: number; largest: { file: string; bytes: number }; largestPage: { file: string; bytes: number } }> {
  let bytes = 0
  let files = 0
  let largest = { file: '', bytes: 0 }
  let largestPage = { file: '', bytes: 0 }
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const size = (await stat(path)).size
    bytes += size
    files++
    if (size > largest.bytes && !entry.name.endsWith('.pdf')) largest = { file: path.slice(folder.length + 1), bytes: size }
    if (size > largestPage.bytes && entry.name.endsWith('.html')) largestPage = { file: path.slice(folder.length + 1), bytes: size }
  }
  return { bytes, files, largest, largestPage }
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * A copy of the project (and of the floor) to build in: Astro keeps build chunks under the root's
 * .astro/, so a build in the working tree would collide with any other build running there.
 */
async function copyProject(from: string, to: string, entries: string[]): Promise<string> {
  await mkdir(to, { recursive: true })
  for (const entry of entries) await cp(join(from, entry), join(to, entry), { recursive: true })
  await symlink(join(projectRoot, 'node_modules'), join(to, 'node_modules'))
  return to
}

// The project as it is when the benchmark starts: every size builds the same code.
const snapshot = await copyProject(projectRoot, await mkdtemp(join(tmpdir(), 'dossier-bench-project-')), ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json'])

const rows: string[] = []
for (const size of sizes.length ? sizes : [100, 1000, 10000]) {
  const work = await mkdtemp(join(tmpdir(), `dossier-bench-${size}-`))
  const seeds = join(work, 'seeds')
  await mkdir(seeds)
  const corpus = generateCorpus(size, 7)
  let textBytes = 0
  for (const { file, text } of corpus) {
    await writeFile(join(seeds, file), text)
    textBytes += Buffer.byteLength(text)
  }
  const emptyContent = join(work, 'content')
  await mkdir(emptyContent)
  const floorCopy = await copyProject(floorRoot, join(work, 'floor'), ['astro.config.mjs', 'src'])
  const projectCopy = await copyProject(snapshot, join(work, 'project'), ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json'])
  // Output inside each copy, so that the build's own chunks resolve packages through its node_modules.
  const floor = runBuild(floorCopy, join(floorCopy, 'dist'), join(work, 'floor-cache'), { FLOOR_SEEDS: seeds })
  const env = { DOSSIER_SEEDS: seeds, DOSSIER_CONTENT: emptyContent }
  const dist = join(projectCopy, 'dist')
  const full = runBuild(projectCopy, dist, join(work, 'cache'), env)
  const output = await sizeOf(dist)
  // Incremental: one article changed, then one added, reusing the cache of the full build.
  const first = join(seeds, corpus[0]!.file)
  await appendFile(first, '\n\nA late paragraph added by the benchmark to change this article.\n')
  const changed = runBuild(projectCopy, dist, join(work, 'cache'), env)
  await writeFile(join(seeds, 'zz-added.txt'), (await readFile(join(seeds, corpus[1]!.file), 'utf8')).replace(/^[^\n]*/, 'An article added by the benchmark'))
  const added = runBuild(projectCopy, dist, join(work, 'cache'), env)
  rows.push(
    [
      size.toLocaleString('en'),
      mb(textBytes),
      s(floor.ms),
      `${floor.maxRssMB} MB`,
      s(full.ms),
      `${(full.ms / floor.ms).toFixed(2)}x`,
      `${full.maxRssMB} MB`,
      s(changed.ms),
      s(added.ms),
      `${mb(output.bytes)} / ${output.files.toLocaleString('en')}`,
      `${(output.largest.bytes / 1024).toFixed(0)} kB ${output.largest.file}`,
      `${(output.largestPage.bytes / 1024).toFixed(0)} kB ${output.largestPage.file}`,
      full.stages,
    ].join(' | '),
  )
  console.log(`| ${rows.at(-1)} |`)
  await rm(work, { recursive: true, force: true })
}

await rm(snapshot, { recursive: true, force: true })

const cpu = execFileSync('sh', ['-c', "nproc; grep -m1 'model name' /proc/cpuinfo | cut -d: -f2; free -g | awk '/Mem:/ {print $2}'"], { encoding: 'utf8' }).trim().split('\n')
console.log(`\nMachine: ${cpu[0]} cores,${cpu[1]}, ${cpu[2]} GiB; Node ${process.version}\n`)
console.log('| articles | text | floor | floor RSS | dossier | dossier/floor | dossier RSS | one changed | one added | output (size / files) | largest file | largest page | dossier stages (full build) |')
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |')
for (const row of rows) console.log(`| ${row} |`)
