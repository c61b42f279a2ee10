import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import { buildReport, setBuildReport } from '../site/build-report.ts'

/**
 * One line at the end of every build: articles read, files skipped (grouped by reason), topics,
 * cross-references and the time taken — then one line per skipped file with its reason, so nothing
 * that did not make it into the dossier goes unmentioned. Read from the dossier.json just written.
 */
export default function buildSummary(): AstroIntegration {
  let started = performance.now()
  return {
    name: 'dossier:build-summary',
    hooks: {
      'astro:config:setup': () => {
        started = performance.now()
        setBuildReport(null)
      },
      'astro:build:done': async ({ dir, logger }) => {
        await logBuildSummary(fileURLToPath(dir), performance.now() - started, logger, buildReport())
      },
    },
  }
}

/** The counts the summary gives, as the pages reported them or as read from dossier.json. */
export interface SummaryInput {
  sources: number
  topics: number
  crossrefs: number
  skipped: { file: string; reason: string }[]
}

/** At most this many skipped files are listed one by one; the rest are counted (all are on the overview). */
const LISTED = 25

/**
 * Logs the summary of the build in `dist`, from the counts its pages reported or else from its
 * dossier.json (a missing dossier.json is itself reported, never thrown).
 */
export async function logBuildSummary(dist: string, milliseconds: number, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>, report: SummaryInput | null = null): Promise<void> {
  let json: SummaryInput
  try {
    json = report ?? countsOf(JSON.parse(await readFile(join(dist, 'dossier.json'), 'utf8')) as DossierCounts)
  } catch (error) {
    logger.warn(`no summary: cannot read ${join(dist, 'dossier.json')} (${(error as Error).message})`)
    return
  }
  const [line, ...skipped] = summaryLines(json, milliseconds)
  logger.info(line!)
  for (const text of skipped) logger.warn(text)
}

/** The parts of dossier.json the summary reads. */
interface DossierCounts {
  sources: unknown[]
  topics: unknown[]
  crossrefs: unknown[]
  skipped: { file: string; reason: string }[]
}

/** The summary's counts from a dossier.json. */
function countsOf(json: DossierCounts): SummaryInput {
  return { sources: json.sources.length, topics: json.topics.length, crossrefs: json.crossrefs.length, skipped: json.skipped }
}

/** The summary line, then a line for each skipped file (at most LISTED, then a count). */
export function summaryLines(json: SummaryInput, milliseconds: number): string[] {
  const parts = [
    count(json.sources, 'article read', 'articles read'),
    `${json.skipped.length} skipped${json.skipped.length ? ` (${reasonCounts(json.skipped)})` : ''}`,
    count(json.topics, 'topic', 'topics'),
    count(json.crossrefs, 'cross-reference', 'cross-references'),
    `${(milliseconds / 1000).toFixed(1)} s`,
  ]
  const listed = json.skipped.slice(0, LISTED).map(({ file, reason }) => `skipped ${file}: ${reason}`)
  const more = json.skipped.length - listed.length
  if (more > 0) listed.push(`… and ${more} more skipped files: see "Files not included" on the overview, or "skipped" in dossier.json`)
  return [`Dossier: ${parts.join(', ')}`, ...listed]
}

/** "1 topic", "3 topics". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Skipped files counted by the kind of reason ("2 binary file, 1 empty file"), most frequent first. */
function reasonCounts(skipped: readonly { reason: string }[]): string {
  const counts = new Map<string, number>()
  for (const { reason } of skipped) {
    const kind = reasonKind(reason)
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([kind, n]) => `${n} ${kind}`).join(', ')
}

/** The kind of a reason: its words before any detail ("symbolic link: not followed" → "symbolic link", "same content as x" → "same content"). */
function reasonKind(reason: string): string {
  return reason.replace(/\s+as\s.*$/, '').split(/[:(;]/)[0]!.trim()
}
