import { buildCacheState } from '../cache/build-cache.ts'
import type { Dossier } from './dossier.ts'

/**
 * What a build's pages tell its integrations: the dossier they drew (src/integrations/dossier-json.ts
 * writes it out after the pages), and the counts of the summary line, set when dossier.json is
 * written, so the summary need not read back a file of a hundred megabytes. Global because the
 * integrations and the pages are loaded as separate module instances.
 */
export interface BuildReport {
  sources: number
  topics: number
  crossrefs: number
  skipped: { file: string; reason: string }[]
}

const REPORT = Symbol.for('dossier.build-report')

/** Records this build's report (or forgets it, with null, when a build starts). */
export function setBuildReport(report: BuildReport | null): void {
  ;(globalThis as { [REPORT]?: BuildReport | null })[REPORT] = report
}

/** This build's report, when its dossier.json was written in this process. */
export function buildReport(): BuildReport | null {
  return (globalThis as { [REPORT]?: BuildReport | null })[REPORT] ?? null
}

const DOSSIER = Symbol.for('dossier.of-build')

/** Keeps the dossier this build's pages draw, for the integrations at the build's end. */
export function keepDossierOfBuild(dossier: Dossier): void {
  ;(globalThis as { [DOSSIER]?: { generation: number; dossier: Dossier } })[DOSSIER] = { generation: buildCacheState().generation, dossier }
}

/** The dossier of this build, or null when its pages drew none (never one of an earlier build of this process). */
export function dossierOfBuild(): Dossier | null {
  const kept = (globalThis as { [DOSSIER]?: { generation: number; dossier: Dossier } })[DOSSIER]
  return kept?.generation === buildCacheState().generation ? kept.dossier : null
}
