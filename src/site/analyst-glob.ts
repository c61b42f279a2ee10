import { relative } from 'node:path'
import { glob } from 'astro/loaders'
import type { Loader } from 'astro/loaders'
import { AnalystError } from './analyst-error.ts'

/** What a content-layer error may say about where it happened. */
type LocatedError = Error & { loc?: { file?: string; line?: number } }

/**
 * Astro's glob() loader for the analyst's files, with its errors retold like every other analyst
 * error: front matter that is not YAML names the file and line in the message, with a hint.
 */
export function analystGlob(options: Parameters<typeof glob>[0], root: string): Loader {
  const inner = glob(options)
  return {
    ...inner,
    name: 'dossier-analyst-files',
    async load(context) {
      try {
        await inner.load(context)
      } catch (error) {
        throw retold(error as LocatedError, root)
      }
    },
  }
}

/** The error as an AnalystError with file, line and hint, keeping `loc` for Astro's own report. */
function retold(error: LocatedError, root: string): Error {
  const file = error.loc?.file
  if (!file) return error
  const problem = error.message.split('\n')[0] ?? 'cannot be read'
  const told = new AnalystError(relative(root, file), error.loc?.line ?? null, `the front matter cannot be read: ${problem}`, 'check the quotes, brackets and indentation between the --- lines (YAML)') as LocatedError
  if (error.loc) told.loc = error.loc
  return told
}
