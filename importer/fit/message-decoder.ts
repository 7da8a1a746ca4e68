// Decodes a data message other than `record` into a FitMessage by the Garmin
// profile: scale and offset, enum names, date_time as epoch ms, sub-fields,
// component expansion and accumulation, developer fields. Mirrors what
// @garmin/fitsdk's Decoder does (decoder.js: #expandSubFields, #expandComponents,
// #transformValue), without its per-field objects.
import type { FitValue } from './types';
import { Accumulators } from './accumulator';
import { baseTypeSize, BT_BYTE, BT_ENUM, invalidValue, isInvalid } from './base-types';
import type { Definition } from './definition';
import type { DeveloperFields } from './developer-fields';
import type { ComponentDef, FieldDef, MessageDef, SubFieldDef } from './profile-types';
import { TYPES } from './profile.generated';
import { readField, type RawValue } from './read-field';
import { fitTimeToMs } from './time';

/** Base types of the profile's numeric type names, for expanding a component that itself has components. */
const NUMERIC_BASE: Readonly<Record<string, number>> = {
  sint8: 1, uint8: 2, sint16: 3, uint16: 4, sint32: 5, uint32: 6, uint8z: 10, uint16z: 11, uint32z: 12, byte: 13,
};

export class MessageDecoder {
  /** Raw values of the last decoded message, by field number (for field_description). */
  readonly raw = new Map<number, RawValue>();

  constructor(
    private readonly accumulators: Accumulators,
    private readonly developer: DeveloperFields,
  ) {}

  decode(b: Uint8Array, pos: number, def: Definition): Record<string, FitValue> {
    const raw = this.raw;
    raw.clear();
    const out: Record<string, FitValue> = {};
    for (const f of def.fields) {
      const v = readField(b, pos + f.at, f.size, f.baseType, def.littleEndian);
      if (v !== undefined) raw.set(f.num, v);
    }
    const profile = def.profile;
    for (const f of def.fields) {
      const v = raw.get(f.num);
      if (v === undefined) continue;
      const field = profile?.fields[f.num];
      if (!field) {
        out[`field${f.num}`] = toValue(undefined, v, f.baseType);
        continue;
      }
      out[field.name] = toValue(field, v, f.baseType);
      if (field.accumulate) this.restartAccumulation(def.global, profile!, f.num, v);
    }
    // Sub-fields and components after all plain fields, so expanded values win (as in the SDK).
    if (profile) {
      for (const f of def.fields) {
        const field = profile.fields[f.num];
        const v = raw.get(f.num);
        if (!field || v === undefined || typeof v === 'string') continue;
        for (const sub of field.subFields ?? []) {
          if (!sub.when.some(([ref, value]) => raw.get(ref) === value)) continue;
          out[sub.name] = toValue(sub, v, f.baseType);
          if (sub.components) this.expand(def.global, profile, sub.components, v, f.baseType, out);
        }
        if (field.components) this.expand(def.global, profile, field.components, v, f.baseType, out);
      }
    }
    for (const d of def.devFields) {
      const desc = this.developer.get(d.devIndex, d.num);
      if (!desc) continue;
      const v = readField(b, pos + d.at, d.size, desc.baseType, def.littleEndian);
      if (v !== undefined) out[desc.key] = toValue(undefined, v, desc.baseType);
    }
    return out;
  }

  /** A full-width accumulated value restarts the running total, in the units of the component that feeds it. */
  private restartAccumulation(mesgNum: number, profile: MessageDef, fieldNum: number, v: RawValue): void {
    if (typeof v === 'string') return;
    const field = profile.fields[fieldNum]!;
    const feeder = findFeedingComponent(profile, fieldNum);
    const last = Array.isArray(v) ? v[v.length - 1]! : v;
    const value = last / (field.scale ?? 1) - (field.offset ?? 0);
    this.accumulators.get(mesgNum, fieldNum).reset(feeder ? (value + feeder[3]) * feeder[2] : last);
  }

  private expand(
    mesgNum: number,
    profile: MessageDef,
    components: readonly ComponentDef[],
    v: number | number[],
    baseType: number,
    out: Record<string, FitValue>,
  ): void {
    const width = baseTypeSize(baseType) * 8;
    if (width > 32) return;
    const elements = Array.isArray(v) ? v : [v];
    const bits = new BitReader(elements, width);
    const arrays = new Map<string, number[]>();
    for (const [target, count, scale, offset] of components) {
      if (bits.available < count) break;
      let value = bits.read(count);
      const field = profile.fields[target];
      if (!field) continue;
      if (field.accumulate) value = this.accumulators.get(mesgNum, target).add(value, count);
      const scaled = value / scale - offset;
      // The SDK drops an expanded value that is the target's invalid value (decoder.js #expandComponents).
      const targetRaw = (scaled + (field.offset ?? 0)) * (field.scale ?? 1);
      if (targetRaw === invalidValue(NUMERIC_BASE[field.type] ?? BT_ENUM)) continue;
      if (field.array) {
        const list = arrays.get(field.name) ?? [];
        list.push(scaled);
        arrays.set(field.name, list);
      } else {
        out[field.name] = NUMERIC_BASE[field.type] === undefined ? convert(field, scaled) : scaled;
        const nestedBase = NUMERIC_BASE[field.type];
        if (field.components && nestedBase !== undefined) {
          this.expand(mesgNum, profile, field.components, Math.round(targetRaw), nestedBase, out);
        }
      }
      if (bits.available === 0) break;
    }
    for (const [name, list] of arrays) out[name] = list;
  }
}

function findFeedingComponent(profile: MessageDef, fieldNum: number): ComponentDef | undefined {
  for (const key in profile.fields) {
    const c = profile.fields[key]!.components?.find((comp) => comp[0] === fieldNum);
    if (c) return c;
  }
  return undefined;
}

/** Reads little-endian bit runs across elements of `width` bits (FIT SDK bit-stream.js). */
class BitReader {
  private index = 0;
  private bit = 0;
  available: number;

  constructor(
    private readonly elements: readonly number[],
    private readonly width: number,
  ) {
    this.available = elements.length * width;
  }

  read(count: number): number {
    let value = 0;
    let shift = 0;
    while (count > 0) {
      const take = Math.min(count, this.width - this.bit);
      const chunk = Math.floor(this.elements[this.index]! / 2 ** this.bit) % 2 ** take;
      value += chunk * 2 ** shift;
      shift += take;
      count -= take;
      this.available -= take;
      this.bit += take;
      if (this.bit === this.width) {
        this.bit = 0;
        this.index++;
      }
    }
    return value;
  }
}

/** One profile value from a raw number: date_time to epoch ms, bool, enum name, or scaled number. */
function convert(field: FieldDef | SubFieldDef, v: number): number | string | boolean {
  switch (field.type) {
    case 'dateTime':
    case 'localDateTime':
      return fitTimeToMs(v);
    case 'bool':
      return v !== 0;
    default: {
      const table = TYPES[field.type];
      if (table) return table[v] ?? v;
      return v / (field.scale ?? 1) - (field.offset ?? 0);
    }
  }
}

/**
 * A field's FitValue, shaped as the profile says: profile arrays are always
 * arrays, other profile fields one value (the first, when more were written,
 * as the SDK does). Invalid elements of arrays become NaN, except in byte
 * arrays, where every value is data.
 */
function toValue(field: FieldDef | SubFieldDef | undefined, v: RawValue, baseType: number): FitValue {
  if (typeof v === 'string') return v;
  const isArray = field ? 'array' in field && field.array === true : Array.isArray(v);
  if (!isArray) return field ? convert(field, Array.isArray(v) ? v[0]! : v) : (v as number);
  if (!Array.isArray(v)) v = [v];
  const invalid = invalidValue(baseType);
  const keepAll = baseType === BT_BYTE;
  if (field && TYPES[field.type]) {
    return v.map((e) => (!keepAll && isInvalid(e, invalid) ? '' : String(convert(field, e))));
  }
  return v.map((e) => (!keepAll && isInvalid(e, invalid) ? NaN : field ? (convert(field, e) as number) : e));
}
