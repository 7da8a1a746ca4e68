// Copies of one FIT file moved in time: every date-time field (FIT profile
// types dateTime and localDateTime) shifted, and the file CRC written again.
// @garmin/fitsdk's Encoder takes about a second for a one-hour file on this
// machine, and the import benchmark needs 300 files starting on different
// days (the same workout twice would be merged), so it encodes one file and
// moves copies of it. For files the Encoder wrote: normal message headers only.
import { fitCrc } from '../../importer/fit/crc';
import { parseDefinition, type Definition } from '../../importer/fit/definition';

const TIME_TYPES = new Set(['dateTime', 'localDateTime']);
const INVALID_UINT32 = 0xffffffff;

export function shiftFitTimes(original: Uint8Array, shiftS: number): Uint8Array {
  const bytes = original.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // FIT protocol, "File Header": its size in byte 0, the size of the records in bytes 4-7; the file CRC follows them.
  const headerSize = bytes[0]!;
  const end = headerSize + view.getUint32(4, true);
  const definitions = new Map<number, Definition>();
  for (let pos = headerSize; pos < end; ) {
    const header = bytes[pos]!;
    if (header & 0x80) throw new Error('shiftFitTimes: compressed timestamp headers are not supported');
    const local = header & 0x0f;
    if (header & 0x40) {
      const parsed = parseDefinition(bytes, pos, end);
      if (!parsed) throw new Error(`shiftFitTimes: the definition at byte ${pos} runs past the end`);
      definitions.set(local, parsed.def);
      pos = parsed.next;
      continue;
    }
    const def = definitions.get(local);
    if (!def) throw new Error(`shiftFitTimes: data at byte ${pos} for undefined local message ${local}`);
    for (const field of def.fields) {
      if (field.size !== 4 || !TIME_TYPES.has(def.profile?.fields[field.num]?.type ?? '')) continue;
      const at = pos + 1 + field.at;
      const seconds = view.getUint32(at, def.littleEndian);
      if (seconds !== INVALID_UINT32) view.setUint32(at, seconds + shiftS, def.littleEndian);
    }
    pos += 1 + def.size;
  }
  view.setUint16(end, fitCrc(bytes, 0, end), true);
  return bytes;
}
