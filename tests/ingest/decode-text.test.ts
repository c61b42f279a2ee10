import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/ingest/decode-text.ts'

/** Bytes of a UTF-8 string. */
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Bytes of a string as UTF-16 (little or big endian), with or without a BOM. */
function utf16(s: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    if (endian === 'le') out.push(code & 0xff, code >> 8)
    else out.push(code >> 8, code & 0xff)
  }
  return Uint8Array.from(out)
}

describe('decodeText', () => {
  it('skips empty, whitespace-only and binary files with a short reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ skipped: 'empty file' })
    expect(decodeText(utf8(' \n\t\r\n\u00a0\u200b\n'))).toEqual({ skipped: 'only whitespace' })
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
      skipped: 'binary file (NUL bytes / control characters)',
    })
    const random = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 256)
    expect(decodeText(random)).toEqual({ skipped: 'binary file (NUL bytes / control characters)' })
  })

  it('reads UTF-8, with or without a BOM, and normalises CRLF and lone CR', () => {
    expect(decodeText(utf8('Title\r\n\r\nBody “quoted”.\rNext'))).toEqual({ text: 'Title\n\nBody “quoted”.\nNext', encoding: 'utf-8', warnings: [] })
    const withBom = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Ünïcode')]))
    expect(withBom).toEqual({ text: 'Ünïcode', encoding: 'utf-8 (BOM)', warnings: [] })
  })

  it('reads UTF-16 LE and BE with a BOM, and without one from the NUL pattern (with a warning)', () => {
    expect(decodeText(utf16('Moscow — “AFP”\r\nline', 'le'))).toMatchObject({ text: 'Moscow — “AFP”\nline', encoding: 'utf-16le', warnings: [] })
    expect(decodeText(utf16('Moscow — “AFP”', 'be'))).toMatchObject({ text: 'Moscow — “AFP”', encoding: 'utf-16be', warnings: [] })
    const noBom = decodeText(utf16('Plain ASCII article text', 'le', false))
    expect(noBom).toMatchObject({ text: 'Plain ASCII article text', encoding: 'utf-16le' })
    expect('warnings' in noBom && noBom.warnings[0]).toMatch(/no byte-order mark/)
  })

  it('decodes Windows-1252 when the bytes are not UTF-8, with a warning', () => {
    const bytes = Uint8Array.from([...utf8('The minister said '), 0x93, ...utf8('useful'), 0x94, ...utf8(' '), 0x96, ...utf8(' caf'), 0xe9])
    expect(decodeText(bytes)).toEqual({
      text: 'The minister said “useful” – café',
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8: decoded as Windows-1252'],
    })
  })

  it('replaces stray invalid bytes in UTF-8 text with U+FFFD, with a warning', () => {
    const bytes = Uint8Array.from([...utf8('Déjà vu '), 0xff, ...utf8(' “ok”')])
    expect(decodeText(bytes)).toEqual({
      text: 'Déjà vu \ufffd “ok”',
      encoding: 'utf-8',
      warnings: ['not valid UTF-8: 1 invalid byte sequence replaced with U+FFFD'],
    })
  })

  it('removes a stray NUL byte and control characters from text, with a warning, instead of skipping', () => {
    const bytes = Uint8Array.from([...utf8('A line of text'), 0, ...utf8(' that goes on\u0007.')])
    expect(decodeText(bytes)).toEqual({
      text: 'A line of text that goes on.',
      encoding: 'utf-8',
      warnings: ['removed 1 NUL byte', 'removed 1 control character'],
    })
  })

  it('uses the encoding a page declares when its bytes are not UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('<meta charset="iso-8859-5"><p>'), 0xbc, 0xde, 0xe1, 0xda, 0xd2, 0xd0, ...utf8('</p>')])
    expect(decodeText(bytes, { declaredEncoding: 'iso-8859-5' })).toEqual({
      text: '<meta charset="iso-8859-5"><p>Москва</p>',
      encoding: 'iso-8859-5',
      warnings: ['not valid UTF-8: decoded as iso-8859-5, as the file declares'],
    })
    expect(decodeText(utf8('<p>Москва</p>'), { declaredEncoding: 'iso-8859-5' })).toMatchObject({ text: '<p>Москва</p>', encoding: 'utf-8' })
  })
})
