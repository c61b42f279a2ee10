/**
 * The buffers of an extract that can be moved to another thread with it rather than copied: its
 * tokens' typed arrays, each of which has its buffer to itself.
 */
import type { SourceExtract } from './extract-source.ts'

/** Adds to `transfer` the extract's buffers that can move (a buffer shared with other data cannot). */
export function collectTransfers(extract: SourceExtract, transfer: ArrayBuffer[]): ArrayBuffer[] {
  const { tokens } = extract
  for (const array of [tokens.first, tokens.start, tokens.end, tokens.flags, tokens.spelling, tokens.spellings.ends, tokens.keys.ends]) {
    const buffer = array.buffer as ArrayBuffer
    if (array.byteOffset === 0 && array.byteLength === buffer.byteLength && !transfer.includes(buffer)) transfer.push(buffer)
  }
  return transfer
}
