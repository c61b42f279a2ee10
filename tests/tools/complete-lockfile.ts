/**
 * `npm run lockfile`: run after every `npm install`. The registry this project is built against
 * lacks some platform-specific optional packages (e.g. macOS and Windows bindings of Astro's
 * compiler), so `npm install` leaves them out of package-lock.json, and `npm ci` then refuses the
 * lockfile as "not in sync". This adds an entry for each optional dependency the lockfile names
 * but does not list; `npm ci` then skips them where they cannot be installed, as it does any
 * optional package.
 */
import { readFileSync, writeFileSync } from 'node:fs'

interface LockEntry {
  version?: string
  dev?: boolean
  optional?: boolean
  optionalDependencies?: Record<string, string>
}

/** The lockfile with an entry for every optional dependency it names; `added` lists them. */
export function completeLockfile(lock: { packages: Record<string, LockEntry> }): { packages: Record<string, LockEntry>; added: string[] } {
  const packages = { ...lock.packages }
  const added: string[] = []
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`
      if (packages[key]) continue
      packages[key] = entry.dev ? { version, dev: true, optional: true } : { version, optional: true }
      added.push(name)
    }
  }
  const sorted = Object.fromEntries(Object.keys(packages).sort().map((key) => [key, packages[key]!]))
  return { packages: sorted, added }
}

if (import.meta.main) {
  const file = process.argv[2] ?? 'package-lock.json'
  const lock = JSON.parse(readFileSync(file, 'utf8'))
  const { packages, added } = completeLockfile(lock)
  writeFileSync(file, `${JSON.stringify({ ...lock, packages }, null, 2)}\n`)
  console.log(added.length ? `added ${added.length} optional entries: ${added.join(', ')}` : 'lockfile complete')
}
