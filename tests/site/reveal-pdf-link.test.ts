import { describe, expect, it } from 'vitest'
import { revealPdfLink } from '../../src/print/write-pdf.ts'

describe('revealPdfLink', () => {
  it('fills the overview’s empty placeholder with the PDF link, and links further volumes', () => {
    const html = '<ul><li>x</li><li data-pdf-link hidden></li></ul>'
    expect(revealPdfLink(html, 1)).toBe('<ul><li>x</li><li data-pdf-link><a href="dossier.pdf">PDF</a><span>the printed dossier, A4</span></li></ul>')
    expect(revealPdfLink(html, 2)).toContain('volume 1 of 2; <a href="dossier--2.pdf">volume 2</a>')
  })

  it('leaves a page without the placeholder as it is', () => {
    expect(revealPdfLink('<p>no list</p>', 1)).toBe('<p>no list</p>')
  })
})
