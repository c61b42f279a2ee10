import { isAbsolute, resolve } from 'node:path'

/**
 * Where a build reads from. `DOSSIER_SEEDS` and `DOSSIER_CONTENT` may be absolute or relative;
 * relative paths are taken from the folder the user ran `npm run …` in (npm's INIT_CWD), not
 * from the project root npm switches to.
 */
export interface Settings {
  root: string
  seeds: string
  content: string
}

/** Reads the settings from the environment. */
export function readSettings(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): Settings {
  const base = env['INIT_CWD'] ?? root
  const at = (value: string | undefined, fallback: string) =>
    value ? (isAbsolute(value) ? value : resolve(base, value)) : resolve(root, fallback)
  return { root, seeds: at(env['DOSSIER_SEEDS'], 'seeds'), content: at(env['DOSSIER_CONTENT'], 'content') }
}
