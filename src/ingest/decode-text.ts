/**
 * Bytes → text for the saved-article parsers. Detects a byte-order mark (UTF-8, UTF-16 LE/BE),
 * refuses empty, whitespace-only and binary files with a short reason, decodes invalid UTF-8 as
 * Windows-1252 when it looks like it (else replaces bad bytes with U+FFFD), and normalises line
 * ends. Every repair is reported in `warnings`: nothing is dropped silently.
 */

/** Text read from a file, with the encoding used and the repairs made. */
export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

/** The outcome of decoding: text, or the reason the file is not text. */
export type DecodeOutcome = DecodedText | { skipped: string }

/** Signatures of common binary formats that may be saved next to articles. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // old MS Office
]

/** Bytes that Windows-1252 leaves undefined: their presence rules that encoding out. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d])

/** The reason used when a file looks binary. */
const BINARY_REASON = 'binary file (NUL bytes / control characters)'

/** Options of the decoder. */
export interface DecodeOptions {
  /** The encoding the file declares (an HTML `<meta charset>`), used when its bytes are not UTF-8. */
  declaredEncoding?: string | null;
}

/** Decodes one file's bytes into normalised text, or says why it is not text. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeOutcome {
  if (bytes.length === 0) return { skipped: 'empty file' }
  if (hasBinarySignature(bytes)) return { skipped: BINARY_REASON }
  const decoded = decodeBytes(bytes, supportedEncoding(options.declaredEncoding))
  if ('skipped' in decoded) return decoded
  const cleaned = decoded.clean ? decoded.text : removeControlCharacters(decoded.text, decoded.warnings)
  const text = normaliseLineEnds(cleaned)
  if (!/[^\s\u200b-\u200d\u2060\ufeff]/.test(text)) return { skipped: 'only whitespace' }
  return { text, encoding: decoded.encoding, warnings: decoded.warnings }
}

/** The name of an encoding TextDecoder knows (UTF-8 aside, which is always tried first), or null. */
function supportedEncoding(label: string | null | undefined): string | null {
  if (!label) return null
  try {
    const encoding = new TextDecoder(label.trim()).encoding
    return encoding === 'utf-8' ? null : encoding
  } catch {
    return null
  }
}

/** Decoded text; `clean` when it is known to hold no control characters. */
type Decoded = DecodedText & { clean?: boolean }

/** Picks the encoding (byte-order mark, UTF-16 shape, UTF-8, declared, Windows-1252) and decodes. */
function decodeBytes(bytes: Uint8Array, declared: string | null): Decoded | { skipped: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), 'utf-8 (BOM)')
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), [])
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), [])
  const utf16 = guessUtf16WithoutBom(bytes)
  if (utf16) return decodeWith(utf16, bytes, [`no byte-order mark; decoded as ${utf16.toUpperCase()} from its NUL-byte pattern`])
  // The common case first: valid UTF-8 without control characters has no binary bytes either
  // (a byte below 0x80 is always that character), so the bytes are not counted one by one.
  const utf8 = validUtf8(bytes)
  if (utf8 !== null && !CONTROL.test(utf8)) return { text: utf8, encoding: 'utf-8', warnings: [], clean: true }
  if (looksBinary(bytes)) return { skipped: BINARY_REASON }
  return decodeUtf8(bytes, 'utf-8', declared)
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Decodes UTF-8; invalid input falls back to the declared encoding, Windows-1252 or U+FFFD replacement, with a warning. */
function decodeUtf8(bytes: Uint8Array, label: string, declared: string | null = null): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: label, warnings: [] }
  } catch {
    if (declared) return decodeWith(declared, bytes, [`not valid UTF-8: decoded as ${declared}, as the file declares`])
    const stats = utf8Stats(bytes)
    if (stats.validMultibyte === 0 && !bytes.some((b) => CP1252_UNDEFINED.has(b))) {
      return decodeWith('windows-1252', bytes, ['not valid UTF-8: decoded as Windows-1252'])
    }
    const warning = `not valid UTF-8: ${stats.invalid} invalid byte sequence${stats.invalid === 1 ? '' : 's'} replaced with U+FFFD`
    return decodeWith('utf-8', bytes, [warning])
  }
}

/** Decodes with a given encoding (never fatal), carrying the warnings given. */
function decodeWith(encoding: string, bytes: Uint8Array, warnings: string[]): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings }
}

/** True when the bytes begin with the given prefix. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b)
}

/** True when the bytes start with the signature of a known binary format. */
function hasBinarySignature(bytes: Uint8Array): boolean {
  return BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))
}

/** UTF-16 without a BOM shows NUL bytes on one side of most ASCII characters. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length >> 1, 4096)
  if (pairs < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++
    if (bytes[2 * i + 1] === 0) oddNul++
  }
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** True when NUL bytes and other control bytes are too many for a stray one in text. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0
  for (const b of bytes) if (isBinaryControl(b)) controls++
  return controls > 2 && controls > bytes.length * 0.002
}

/** Control bytes that do not occur in text (tab, newlines, form feed and escape aside). */
function isBinaryControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes. */
function utf8Stats(bytes: Uint8Array): { validMultibyte: number; invalid: number } {
  let validMultibyte = 0
  let invalid = 0
  let i = 0
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i)
    if (length === 0) {
      invalid++
      i++
    } else {
      if (length > 1) validMultibyte++
      i += length
    }
  }
  return { validMultibyte, invalid }
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 when it is not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0
  if (lead < 0x80) return 1
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
  if (length === 0 || i + length > bytes.length) return 0
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0
  return length
}

/** A control character that is not text (tab, newlines and form feed aside); it includes every byte `looksBinary` counts. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/

/** Every such character (`replace` starts it from the beginning each time). */
const CONTROLS = new RegExp(CONTROL.source, 'g')

/** Removes NUL and other control characters (keeping tab, newlines, form feed), warning with their count. */
function removeControlCharacters(text: string, warnings: string[]): string {
  if (!CONTROL.test(text)) return text
  let nul = 0
  let other = 0
  const cleaned = text.replace(CONTROLS, (c) => {
    if (c === '\u0000') nul++
    else other++
    return ''
  })
  if (nul > 0) warnings.push(`removed ${nul} NUL byte${nul === 1 ? '' : 's'}`)
  if (other > 0) warnings.push(`removed ${other} control character${other === 1 ? '' : 's'}`)
  return cleaned
}

/** What `normaliseLineEnds` changes: a byte-order mark, CR, form feed, NEL, line or paragraph separator. */
const LINE_END_TO_NORMALISE = /[\ufeff\r\f\u2028\u2029\u0085]/

/** CRLF, lone CR, form feed and Unicode line/paragraph separators → "\n"; a leading U+FEFF is dropped. */
function normaliseLineEnds(text: string): string {
  if (!LINE_END_TO_NORMALISE.test(text)) return text
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\u2028\u0085]/g, '\n')
    .replace(/\u2029/g, '\n\n')
}
