import { describe, expect, it } from 'vitest'
import { fillFrame, FRAME_TOKENS, parseFrame } from '../../src/site/page-frame.ts'

const page = (title: string, description: string, main: string) =>
  `<!DOCTYPE html><html><head><meta name="description" content="${description}"><title>${title} · A &amp; B</title></head><body><main id="main">${main}</main></body></html>`

describe('page frames', () => {
  const frame = parseFrame(page(FRAME_TOKENS.title, FRAME_TOKENS.description, FRAME_TOKENS.main))

  it('fill each slot once, around the frame as rendered', () => {
    const html = fillFrame(frame, { title: 'Kim Jong Un', description: 'Every mention', main: '<h1>Kim Jong Un</h1>' })
    expect(html).toBe(page('Kim Jong Un', 'Every mention', '<h1>Kim Jong Un</h1>'))
  })

  it('escape the title as text and the description as an attribute, and leave the main content as given', () => {
    const html = fillFrame(frame, { title: 'AT&T <Inc> "quoted"', description: 'Said "no" & left', main: '<p>a &amp; b</p>' })
    expect(html).toContain('<title>AT&#x26;T &#x3C;Inc> "quoted" · A &amp; B</title>')
    expect(html).toContain('content="Said &#x22;no&#x22; &#x26; left"')
    expect(html).toContain('<main id="main"><p>a &amp; b</p></main>')
  })

  it('refuse a page without a slot or with one twice', () => {
    expect(() => parseFrame(page('Title', FRAME_TOKENS.description, FRAME_TOKENS.main))).toThrow(/title token appears 0 times/)
    expect(() => parseFrame(page(FRAME_TOKENS.title, FRAME_TOKENS.description, FRAME_TOKENS.main + FRAME_TOKENS.main))).toThrow(/main token appears 2 times/)
  })
})
