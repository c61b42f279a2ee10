import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { astroAttribute, astroText, fillFrame, FRAME_TOKENS, parseFrame, takeFrame } from '../../src/site/page-frame.ts'

const folder = mkdtempSync(join(tmpdir(), 'dossier-page-frame-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const page = (title: string, description: string, main: string) =>
  `<!DOCTYPE html><html><head><meta name="description" content="${description}"><title>${title} · A &amp; B</title></head><body><main id="main">${main}</main></body></html>`

describe('page frames', () => {
  const frame = parseFrame(page(FRAME_TOKENS.title, FRAME_TOKENS.description, FRAME_TOKENS.main))

  it('fill each slot once, around the frame as rendered', () => {
    const html = fillFrame(frame, { title: 'Kim Jong Un', description: 'Every mention', main: '<h1>Kim Jong Un</h1>' })
    expect(html).toBe(page('Kim Jong Un', 'Every mention', '<h1>Kim Jong Un</h1>'))
  })

  it('escape the title as text and the description as an attribute, as Astro does, and leave the main content as given', () => {
    const html = fillFrame(frame, { title: 'AT&T <Inc> "quoted" Russia\'s', description: 'Said "no" & <left>', main: '<p>a &amp; b</p>' })
    expect(html).toContain('<title>AT&amp;T &lt;Inc&gt; &quot;quoted&quot; Russia&#39;s · A &amp; B</title>')
    expect(html).toContain('content="Said &quot;no&quot; &amp; <left>"')
    expect(html).toContain('<main id="main"><p>a &amp; b</p></main>')
  })

  it('escape as Astro’s own runtime does, for any text', async () => {
    // Astro's runtime, as its pages escape an expression and an attribute (an empty description is never written).
    const { escapeHTML } = (await import('astro/runtime/server/escape.js')) as { escapeHTML: (value: string) => string }
    const { addAttribute } = (await import('astro/runtime/server/index.js')) as unknown as { addAttribute: (value: unknown, key: string) => string }
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: fc.constantFrom('a', ' ', '&', '<', '>', "'", '"', '’', '\u00e9', ';', '#') }), (text) => {
        expect(astroText(text)).toBe(escapeHTML(text))
        expect(` content="${astroAttribute(text)}"`).toBe(String(addAttribute(text, 'content')))
      }),
    )
  })

  it('refuse a page without a slot or with one twice', () => {
    expect(() => parseFrame(page('Title', FRAME_TOKENS.description, FRAME_TOKENS.main))).toThrow(/title token appears 0 times/)
    expect(() => parseFrame(page(FRAME_TOKENS.title, FRAME_TOKENS.description, FRAME_TOKENS.main + FRAME_TOKENS.main))).toThrow(/main token appears 2 times/)
  })

  it('take the frame page Astro rendered: cut at its tokens, hashed, and removed from the output', () => {
    const path = join(folder, 'frame.html')
    writeFileSync(path, `<title>${FRAME_TOKENS.title}</title><meta content="${FRAME_TOKENS.description}"><main>${FRAME_TOKENS.main}</main>`)
    const { frame, hash } = takeFrame(path)
    expect(frame.slots).toEqual(['title', 'description', 'main'])
    expect(hash).toMatch(/^[\w-]{27}$/)
    expect(existsSync(path)).toBe(false)
  })
})
