// Messages -> FIT bytes, by the same profile the reader decodes with: field
// names (or sub-field names, written into their main field) to numbers, enum
// names to values, scale and offset undone. One local message type, defined
// again whenever the fields change (FIT protocol document, "Definition
// Message"); a 14-byte header and both CRCs ("File Header", "File CRC").
import { fitCrc } from './crc';
import { FIT_SDK_VERSION, MESSAGES, TYPES } from './profile.generated';
import type { FieldDef, SubFieldDef } from './profile-types';

/** A message to write: its profile name ("workoutStep") and fields by profile name, in profile units. */
export interface OutMessage {
  readonly message: string;
  readonly fields: Readonly<Record<string, number | string>>;
}

// FIT protocol document, "Base Types": number and size; multi-byte types carry the endian-ability bit 0x80.
const BASE_TYPES: Readonly<Record<string, { readonly id: number; readonly size: number }>> = {
  enum: { id: 0x00, size: 1 },
  sint8: { id: 0x01, size: 1 },
  uint8: { id: 0x02, size: 1 },
  sint16: { id: 0x83, size: 2 },
  uint16: { id: 0x84, size: 2 },
  sint32: { id: 0x85, size: 4 },
  uint32: { id: 0x86, size: 4 },
  string: { id: 0x07, size: 1 },
  uint8z: { id: 0x0a, size: 1 },
  uint16z: { id: 0x8b, size: 2 },
  uint32z: { id: 0x8c, size: 4 },
};

const MESSAGE_NUMBERS = new Map(Object.entries(MESSAGES).map(([num, def]) => [def.name, Number(num)]));

/** "21.217.0" -> 21217: the header's profile version is major x 1000 + minor from profile 21.x on. */
const PROFILE_VERSION = (() => {
  const [major, minor] = FIT_SDK_VERSION.split('.').map(Number);
  return major! * 1000 + minor!;
})();

interface EncodedField {
  readonly num: number;
  readonly baseType: number;
  readonly bytes: readonly number[];
}

function fieldOf(message: string, name: string): { num: number; def: FieldDef | SubFieldDef } {
  const num = MESSAGE_NUMBERS.get(message);
  if (num === undefined) throw new Error(`FIT profile has no message "${message}"`);
  for (const [n, def] of Object.entries(MESSAGES[num]!.fields)) {
    if (def.name === name) return { num: Number(n), def };
    const sub = def.subFields?.find((s) => s.name === name);
    if (sub) return { num: Number(n), def: sub };
  }
  throw new Error(`FIT message "${message}" has no field "${name}"`);
}

function rawNumber(message: string, name: string, def: FieldDef | SubFieldDef, value: number | string): number {
  if (typeof value === 'number') return Math.round((value + (def.offset ?? 0)) * (def.scale ?? 1));
  const table = TYPES[def.type] ?? {};
  const found = Object.entries(table).find(([, n]) => n === value);
  if (!found) throw new Error(`FIT ${message}.${name} has no value "${value}" (type ${def.type})`);
  return Number(found[0]);
}

function littleEndian(value: number, size: number): number[] {
  return Array.from({ length: size }, (_, i) => Math.floor(value / 256 ** i) & 0xff);
}

function encodeField(message: string, name: string, value: number | string): EncodedField {
  const { num, def } = fieldOf(message, name);
  const baseName = def.baseType ?? def.type;
  const base = BASE_TYPES[baseName];
  if (!base) throw new Error(`FIT ${message}.${name}: base type ${baseName} is not written by this encoder`);
  if (baseName === 'string') {
    if (typeof value !== 'string') throw new Error(`FIT ${message}.${name} is text, not ${value}`);
    return { num, baseType: base.id, bytes: [...new TextEncoder().encode(value), 0] };
  }
  return { num, baseType: base.id, bytes: littleEndian(rawNumber(message, name, def, value), base.size) };
}

/** FIT bytes holding `messages` in order. Throws on a message, field or enum name the profile does not know. */
export function encodeFit(messages: readonly OutMessage[]): Uint8Array {
  const data: number[] = [];
  let layout = '';
  for (const m of messages) {
    const fields = Object.entries(m.fields).map(([name, value]) => encodeField(m.message, name, value));
    const key = `${m.message}:${fields.map((f) => `${f.num}/${f.bytes.length}`).join(',')}`;
    if (key !== layout) {
      const global = MESSAGE_NUMBERS.get(m.message)!;
      data.push(0x40, 0, 0, ...littleEndian(global, 2), fields.length);
      for (const f of fields) data.push(f.num, f.bytes.length, f.baseType);
      layout = key;
    }
    data.push(0);
    for (const f of fields) data.push(...f.bytes);
  }
  const header = [
    14,
    0x20,
    ...littleEndian(PROFILE_VERSION, 2),
    ...littleEndian(data.length, 4),
    0x2e,
    0x46,
    0x49,
    0x54,
  ];
  const headerBytes = new Uint8Array([...header, 0, 0]);
  headerBytes.set(littleEndian(fitCrc(headerBytes, 0, 12), 2), 12);
  const out = new Uint8Array(14 + data.length + 2);
  out.set(headerBytes);
  out.set(data, 14);
  out.set(littleEndian(fitCrc(out, 0, 14 + data.length), 2), 14 + data.length);
  return out;
}
