/**
 * An extract as sent back from an extract worker. Its tokens' typed arrays are moved, not copied,
 * and its name candidates (small objects, ~11 groups and ~8 uncertain sentences a source) travel
 * as one JSON string: JSON.stringify plus JSON.parse cost half of what cloning those objects cost.
 * The names are plain data (strings, numbers, booleans, null, arrays, records), so JSON gives
 * them back equal.
 */
import type { SourceExtract } from './extract-source.ts'

/** An extract whose names are JSON text. */
export type ExtractParcel = Omit<SourceExtract, 'names'> & { names: string }

/** Packs an extract; `transfer` collects the buffers that can be moved with the message. */
export function packExtract(extract: SourceExtract, transfer: ArrayBuffer[]): ExtractParcel {
  const { tokens } = extract
  for (const array of [tokens.first, tokens.start, tokens.end, tokens.flags, tokens.spelling]) {
    // Only a buffer the array has to itself can move without taking other data with it.
    if (array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && !transfer.includes(array.buffer as ArrayBuffer)) transfer.push(array.buffer as ArrayBuffer)
  }
  return { ...extract, names: JSON.stringify(extract.names) }
}

/** The extract a parcel was packed from. */
export function unpackExtract(parcel: ExtractParcel): SourceExtract {
  return { ...parcel, names: JSON.parse(parcel.names) as SourceExtract['names'] }
}
