// Decodes a data message other than `record` into a FitMessage by the Garmin
// profile: scale and offset, enum names, date_time as epoch ms, sub-fields,
// component expansion and accumulation, developer fields. Mirrors what
// @garmin/fitsdk's Decoder does (decoder.js: #expandSubFields, #expandComponents,
// #transformValue), without its per-field objects: each definition's fields are
// resolved against the profile once (message-plan.ts).
import type { FitValue } from './types';
import type { Accumulators } from './accumulator';
import { baseTypeSize, BT_BYTE, BT_ENUM, invalidValue, isInvalid } from './base-types';
import type { Definition } from './definition';
import type { DeveloperFields } from './developer-fields';
import { conversionOf, type AccumulationPlan, type FieldPlan, type MessagePlan } from './message-plan';
import type { ComponentDef, MessageDef } from './profile-types';
import { RawFields, readField, type RawValue } from './read-field';

/** Base types of the profile's numeric type names, for expanding a component that itself has components. */
const NUMERIC_BASE: Readonly<Record<string, number>> = {
  sint8: 1,
  uint8: 2,
  sint16: 3,
  uint16: 4,
  sint32: 5,
  uint32: 6,
  uint8z: 10,
  uint16z: 11,
  uint32z: 12,
  byte: 13,
};

export class MessageDecoder {
  /** Raw values of the last decoded message, by field number (for field_description). */
  readonly raw = new RawFields();

  constructor(
    private readonly accumulators: Accumulators,
    private readonly developer: DeveloperFields,
  ) {}

  decode(b: Uint8Array, pos: number, def: Definition, plan: MessagePlan): Record<string, FitValue> {
    const raw = this.raw;
    raw.clear();
    const out: Record<string, FitValue> = {};
    const fields = plan.fields;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!.spec;
      const v = readField(b, pos + f.at, f.size, f.baseType, def.littleEndian);
      if (v !== undefined) raw.set(f.num, v);
    }
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!;
      const v = raw.get(f.spec.num);
      if (v === undefined) continue;
      out[f.name] = toValue(f, v);
      if (f.accumulation !== null && typeof v !== 'string') restartAccumulation(f.accumulation, v);
    }
    // Sub-fields and components after all plain fields, so expanded values win (as in the SDK).
    if (plan.expands) {
      const profile = def.profile!;
      for (const f of fields) {
        const v = raw.get(f.spec.num);
        if (v === undefined || typeof v === 'string') continue;
        for (const { sub, conversion } of f.subFields) {
          if (!sub.when.some(([ref, value]) => raw.get(ref) === value)) continue;
          out[sub.name] = conversion.apply(Array.isArray(v) ? v[0]! : v);
          if (sub.components) this.expand(def.global, profile, sub.components, v, f.spec.baseType, out);
        }
        if (f.components) this.expand(def.global, profile, f.components, v, f.spec.baseType, out);
      }
    }
    for (const d of def.devFields) {
      const desc = this.developer.get(d.devIndex, d.num);
      if (!desc) continue;
      const v = readField(b, pos + d.at, d.size, desc.baseType, def.littleEndian);
      if (v !== undefined)
        out[desc.key] = typeof v === 'string' ? v : Array.isArray(v) ? rawElements(v, desc.baseType) : v;
    }
    return out;
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
        out[field.name] = NUMERIC_BASE[field.type] === undefined ? conversionOf(field).apply(scaled) : scaled;
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

/** A full-width accumulated value restarts the running total, in the units of the component that feeds it. */
function restartAccumulation(a: AccumulationPlan, v: number | number[]): void {
  const last = Array.isArray(v) ? v[v.length - 1]! : v;
  const value = last / a.scale - a.offset;
  a.accumulator.reset(a.feeder ? (value + a.feeder[3]) * a.feeder[2] : last);
}

/**
 * A field's FitValue, shaped as the profile says: profile arrays are always
 * arrays, other profile fields one value (the first, when more were written,
 * as the SDK does). Invalid elements of arrays become NaN ('' for enum names),
 * except in byte arrays, where every value is data.
 */
function toValue(f: FieldPlan, v: RawValue): FitValue {
  if (typeof v === 'string') return v;
  const conversion = f.conversion;
  if (conversion === null) return Array.isArray(v) ? rawElements(v, f.spec.baseType) : v;
  if (!f.isArray) return conversion.apply(Array.isArray(v) ? v[0]! : v);
  const elements = Array.isArray(v) ? v : [v];
  const n = elements.length;
  if (conversion.named) {
    const names = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const e = elements[i]!;
      names[i] = !f.keepAll && isInvalid(e, f.invalid) ? '' : String(conversion.apply(e));
    }
    return names;
  }
  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const e = elements[i]!;
    values[i] = !f.keepAll && isInvalid(e, f.invalid) ? NaN : (conversion.apply(e) as number);
  }
  return values;
}

/** Elements of a field without a profile entry, invalid ones as NaN (bytes kept as they are). */
function rawElements(v: readonly number[], baseType: number): number[] {
  if (baseType === BT_BYTE) return v.slice();
  const invalid = invalidValue(baseType);
  return v.map((e) => (isInvalid(e, invalid) ? NaN : e));
}
