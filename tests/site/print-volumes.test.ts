import { describe, expect, it } from 'vitest'
import type { Source } from '../../src/model.ts'
import { PRINTED_SOURCES, SOURCES_PER_VOLUME, printTargetsFor, printVolumes } from '../../src/site/print-volumes.ts'

/** A source with just an id (all the volumes look at). */
const source = (id: string) => ({ article: { id }, blocks: [], sentences: [] }) as unknown as Source

describe('printVolumes', () => {
  it('keeps a small dossier in one volume, print.html', () => {
    const volumes = printVolumes([source('a'), source('b')])
    expect(volumes.map((v) => [v.path, v.sources.length, v.first, v.last])).toEqual([['print.html', 2, true, true]])
  })

  it('cuts a large one into volumes and prints at most PRINTED_SOURCES sources', () => {
    const many = Array.from({ length: PRINTED_SOURCES + 30 }, (_, i) => source(`s${i}`))
    const volumes = printVolumes(many)
    expect(volumes).toHaveLength(PRINTED_SOURCES / SOURCES_PER_VOLUME)
    expect(volumes[1]!.path).toBe('print--2.html')
    expect(volumes.reduce((sum, v) => sum + v.sources.length, 0)).toBe(PRINTED_SOURCES)
  })

  it('links a sentence within its volume, across volumes, or to the page of a source left out', () => {
    const many = Array.from({ length: PRINTED_SOURCES + 1 }, (_, i) => source(`s${i}`))
    const volumes = printVolumes(many)
    const targets = printTargetsFor(volumes, volumes[0]!)
    expect(targets.sentence('s1', 's-x')).toBe('#s1--s-x')
    expect(targets.sentence(`s${SOURCES_PER_VOLUME}`, 's-x')).toBe(`print--2.html#s${SOURCES_PER_VOLUME}--s-x`)
    expect(targets.sentence(`s${PRINTED_SOURCES}`, 's-x')).toBe(`sources/s${PRINTED_SOURCES}.html#s-x`)
    expect(targets.topic('syria')).toBe(`${volumes.at(-1)!.path}#topic--syria`)
  })

  it('links within the volume a page draws from a copy of it (as Astro hands props to pages)', () => {
    const volumes = printVolumes(Array.from({ length: PRINTED_SOURCES }, (_, i) => source(`s${i}`)))
    const second = { ...volumes[1]!, sources: [...volumes[1]!.sources] }
    const targets = printTargetsFor(volumes, second)
    expect(targets.sentence(`s${SOURCES_PER_VOLUME + 1}`, 's-x')).toBe(`#s${SOURCES_PER_VOLUME + 1}--s-x`)
    expect(targets.sentence('s1', 's-x')).toBe('print.html#s1--s-x')
    expect(printTargetsFor(volumes, { ...volumes.at(-1)! }).topic('syria')).toBe('#topic--syria')
  })
})
