import { describe, expect, it } from 'vitest'
import { assignSourceIds, sourceIdFromPath } from '../../src/ingest/source-id.ts'

describe('source ids', () => {
  it('come from the file name, URL-safe', () => {
    expect(sourceIdFromPath('000_a026a23d4521d1aa.txt')).toBe('000-a026a23d4521d1aa')
    expect(sourceIdFromPath('AFP/Día de la Paz (copy).html')).toBe('afp-dia-de-la-paz-copy')
    expect(sourceIdFromPath('-leading dash.md')).toBe('leading-dash')
    expect(sourceIdFromPath('Кремль.txt')).toMatch(/^source-[0-9a-f]{8}$/)
    expect(sourceIdFromPath('Кремль.txt')).not.toBe(sourceIdFromPath('Москва.txt'))
  })

  it('stay distinct when two files would share one', () => {
    const ids = assignSourceIds(['a.txt', 'A.md', 'a.html', 'b.txt'])
    expect([...ids.values()]).toEqual(['a', 'a-2', 'a-3', 'b'])
  })
})
