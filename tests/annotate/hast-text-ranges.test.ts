import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { wrapTextRange } from '../../src/annotate/hast-text-ranges.ts'

const mark = (children: Parameters<typeof h>[1]) => h('mark', children as never)

describe('wrapTextRange', () => {
  it('wraps a range inside one text node', () => {
    const span = h('span', 'Russia said so.')
    wrapTextRange(span, 0, 6, (children) => mark(children))
    expect(toHtml(span)).toBe('<span><mark>Russia</mark> said so.</span>')
  })

  it('wraps a range crossing an existing element piece by piece', () => {
    const span = h('span', ['Foreign Minister ', h('a', 'Sergei Lavrov'), ' met the envoy.'])
    wrapTextRange(span, 8, 23, (children) => mark(children))
    expect(toHtml(span)).toBe('<span>Foreign <mark>Minister </mark><a><mark>Sergei</mark> Lavrov</a> met the envoy.</span>')
  })

  it('wraps whole elements inside the range together with their neighbours', () => {
    const span = h('span', ['a ', h('a', 'b'), ' c'])
    wrapTextRange(span, 0, 5, (children) => mark(children))
    expect(toHtml(span)).toBe('<span><mark>a <a>b</a> c</mark></span>')
  })

  it('leaves the text unchanged', () => {
    const span = h('span', ['one ', h('em', 'two'), ' three'])
    wrapTextRange(span, 2, 9, (children) => mark(children))
    expect(toHtml(span).replace(/<[^>]+>/g, '')).toBe('one two three')
  })

  it('does nothing for an empty range', () => {
    const span = h('span', 'text')
    wrapTextRange(span, 2, 2, (children) => mark(children))
    expect(toHtml(span)).toBe('<span>text</span>')
  })
})
