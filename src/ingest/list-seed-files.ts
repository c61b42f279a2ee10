import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { SkippedFile, SourceFormat } from '../model.ts'

/** A file of the seeds folder that looks like an article. */
export interface SeedFile {
  /** Path relative to the seeds folder, forward slashes. */
  file: string
  absolutePath: string
  format: SourceFormat
}

/** Which extension means which format. */
const FORMATS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
}

/** The format a file name says, or null for an extension Dossier does not read. */
export function formatOf(file: string): SourceFormat | null {
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase()
  return extension === undefined ? null : (FORMATS[extension] ?? null)
}

/**
 * Lists the seeds folder, sub-folders included, in a stable order. Hidden files and folders are
 * passed over silently (editors and systems leave them); symbolic links are never followed and
 * files of unknown kinds are reported, so the build output says why they are not in the dossier.
 */
export async function listSeedFiles(folder: string): Promise<{ files: SeedFile[]; skipped: SkippedFile[] }> {
  const files: SeedFile[] = []
  const skipped: SkippedFile[] = []
  await walk(folder, '', files, skipped)
  const byPath = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  return { files: files.sort(byPath), skipped: skipped.sort(byPath) }
}

/** Visits one folder level. */
async function walk(root: string, prefix: string, files: SeedFile[], skipped: SkippedFile[]): Promise<void> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true })
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const file = prefix ? `${prefix}/${entry.name}` : entry.name
    const absolutePath = join(root, file)
    // The entry's own type (Node looks it up with lstat where the file system does not give it): no stat call per file.
    if (entry.isSymbolicLink()) {
      skipped.push({ file, reason: 'symbolic link: not followed (copy the file itself into the folder to include it)' })
    } else if (entry.isDirectory()) {
      await walk(root, file, files, skipped)
    } else if (!entry.isFile()) {
      skipped.push({ file, reason: 'not a regular file (a device, socket or pipe)' })
    } else {
      const format = formatOf(entry.name)
      if (format) files.push({ file, absolutePath, format })
      else skipped.push({ file, reason: 'unknown extension: Dossier reads .txt, .md and .html files (rename it if it is one of these)' })
    }
  }
}
