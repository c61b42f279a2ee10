import { posix } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { relativeHref, sourcePage, topicPage } from '../../src/site/paths.ts'
import { relativizeHtml } from '../../src/integrations/relative-urls.ts'

describe('relativeHref', () => {
  it('links between pages at the root and in folders', () => {
    expect(relativeHref('index.html', sourcePage('a'))).toBe('sources/a.html')
    expect(relativeHref(sourcePage('a'), 'index.html')).toBe('../index.html')
    expect(relativeHref(sourcePage('a'), sourcePage('b'))).toBe('b.html')
    expect(relativeHref(sourcePage('a'), `${topicPage('x')}#s-1`)).toBe('../topics/x.html#s-1')
  })

  it('links to itself by file name and keeps a bare fragment', () => {
    expect(relativeHref(sourcePage('a'), sourcePage('a'))).toBe('a.html')
    expect(relativeHref(sourcePage('a'), '#s-1')).toBe('#s-1')
  })

  it('resolves back to the target from the page, for pages at any depth', () => {
    const segment = fc.constantFrom('a', 'b', 'sources', 'topics', 'ab')
    const page = fc.tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom('x.html', 'y.html')).map(([dirs, file]) => [...dirs, file].join('/'))
    fc.assert(fc.property(page, page, (from, to) => {
      expect(posix.normalize(posix.join(posix.dirname(from), relativeHref(from, to)))).toBe(to)
    }))
  })
})

describe('relativizeHtml', () => {
  it('rewrites root-absolute href and src relative to the page', () => {
    const html = '<link href="/_astro/a.css"><script src="/_astro/b.js"></script><a href="//cdn.example/x">x</a><a href="page.html">p</a>'
    expect(relativizeHtml(html, 'sources/s.html')).toBe(
      '<link href="../_astro/a.css"><script src="../_astro/b.js"></script><a href="//cdn.example/x">x</a><a href="page.html">p</a>',
    )
    expect(relativizeHtml(html, 'index.html')).toContain('href="./_astro/a.css"')
  })
})
