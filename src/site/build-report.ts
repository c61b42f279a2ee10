/**
 * What a build's pages tell its integrations: the counts of the summary line, set when
 * dossier.json is written, so the summary need not read back a file of a hundred megabytes.
 * Global because the integrations and the pages are loaded as separate module instances.
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
