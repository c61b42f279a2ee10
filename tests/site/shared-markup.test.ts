import { select, selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { pager, sourceMark } from '../../src/site/shared-markup.ts'
import { sourceHue } from '../../src/site/source-facts.ts'

const link = (to: string) => `../${to}`

describe('pager', () => {
  it('is nothing for a list of one page', () => {
    expect(pager({ first: 'topics/x.html', current: 1, count: 1, link, label: 'Pages' })).toBeNull()
  })

  it('links the previous and next pages and marks the current one', () => {
    const nav = pager({ first: 'topics/x.html', current: 2, count: 3, link, label: 'Pages of mentions' })!
    expect(nav.properties['ariaLabel']).toBe('Pages of mentions')
    expect(select('a[rel=prev]', nav)!.properties['href']).toBe('../topics/x.html')
    expect(select('a[rel=next]', nav)!.properties['href']).toBe('../topics/x--3.html')
    expect(toString(select('[aria-current=page]', nav)!)).toBe('2')
    expect(selectAll('a', nav).map((a) => toString(a))).toEqual(['Previous', '1', '3', 'Next'])
  })

  it('has no previous link on the first page and no next link on the last', () => {
    expect(select('a[rel=prev]', pager({ first: 'a.html', current: 1, count: 2, link, label: 'P' })!)).toBeUndefined()
    expect(select('a[rel=next]', pager({ first: 'a.html', current: 2, count: 2, link, label: 'P' })!)).toBeUndefined()
  })
})

describe('sourceMark', () => {
  it("is hidden from assistive technology and coloured by the source's label", () => {
    const mark = sourceMark('AFP')
    expect(mark.properties['ariaHidden']).toBe('true')
    expect(mark.properties['style']).toBe(`--hue: ${sourceHue('AFP')}`)
  })
})
