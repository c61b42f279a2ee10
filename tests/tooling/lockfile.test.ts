import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { completeLockfile } from '../tools/complete-lockfile.ts'

describe('package-lock.json', () => {
  it('lists every optional dependency it names, so `npm ci` accepts it (run `npm run lockfile` after `npm install`)', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'))
    expect(completeLockfile(lock).added).toEqual([])
  })

  it('adds a missing optional entry, keeping dev-ness', () => {
    const { packages, added } = completeLockfile({
      packages: { 'node_modules/a': { version: '1.0.0', dev: true, optionalDependencies: { 'a-mac': '1.0.0' } } },
    })
    expect(added).toEqual(['a-mac'])
    expect(packages['node_modules/a-mac']).toEqual({ version: '1.0.0', dev: true, optional: true })
  })
})
