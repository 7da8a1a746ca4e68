// The decode plan of one definition for messages other than `record`, built
// once per definition: each field's profile entry, output name, value
// conversion, accumulator and sub-fields resolved ahead, so decoding each
// message does no profile look-ups.
import type { Accumulator, Accumulators } from './accumulator';
import { BT_BYTE, invalidValue } from './base-types';
import type { Definition, FieldSpec } from './definition';
import type { ComponentDef, FieldDef, MessageDef, SubFieldDef } from './profile-types';
import { TYPES } from './profile.generated';
import { fitTimeToMs } from './time';

const AS_NUMBER = 0;
const AS_DATE = 1;
const AS_BOOL = 2;
const AS_ENUM = 3;

/** How one raw number becomes a profile value: date_time to epoch ms, bool, enum name, or scaled number. */
export class Conversion {
  private readonly kind: number;
  private readonly names: Readonly<Record<number, string>> | undefined;
  private readonly scale: number;
  private readonly offset: number;

  constructor(field: FieldDef | SubFieldDef) {
    this.names = TYPES[field.type];
    this.kind =
      field.type === 'dateTime' || field.type === 'localDateTime'
        ? AS_DATE
        : field.type === 'bool'
          ? AS_BOOL
          : this.names
            ? AS_ENUM
            : AS_NUMBER;
    this.scale = field.scale ?? 1;
    this.offset = field.offset ?? 0;
  }

  /** True when values are enum names (arrays of them become string arrays). */
  get named(): boolean {
    return this.kind === AS_ENUM;
  }

  apply(v: number): number | string | boolean {
    switch (this.kind) {
      case AS_NUMBER:
        return v / this.scale - this.offset;
      case AS_DATE:
        return fitTimeToMs(v);
      case AS_BOOL:
        return v !== 0;
      default:
        return this.names![v] ?? v;
    }
  }
}

const conversions = new WeakMap<FieldDef | SubFieldDef, Conversion>();

/** The conversion of a profile field, made once per field for all files. */
export function conversionOf(field: FieldDef | SubFieldDef): Conversion {
  let c = conversions.get(field);
  if (!c) {
    c = new Conversion(field);
    conversions.set(field, c);
  }
  return c;
}

export interface SubFieldPlan {
  readonly sub: SubFieldDef;
  readonly conversion: Conversion;
}

/** Restarts a running total when the accumulated field itself arrives, in the feeding component's raw units. */
export interface AccumulationPlan {
  readonly accumulator: Accumulator;
  readonly scale: number;
  readonly offset: number;
  readonly feeder: ComponentDef | undefined;
}

export interface FieldPlan {
  readonly spec: FieldSpec;
  /** Profile name, or "field<N>" for a field the profile does not know. */
  readonly name: string;
  /** Null for a field the profile does not know: its raw value is kept, an array when several were written. */
  readonly conversion: Conversion | null;
  /** Profile arrays are always arrays, other profile fields one value (the first, when more were written). */
  readonly isArray: boolean;
  /** Invalid elements of arrays are dropped to NaN (or ''), except in byte arrays, where every value is data. */
  readonly invalid: number;
  readonly keepAll: boolean;
  readonly accumulation: AccumulationPlan | null;
  readonly subFields: readonly SubFieldPlan[];
  readonly components: readonly ComponentDef[] | undefined;
}

export interface MessagePlan {
  readonly name: string;
  readonly fields: readonly FieldPlan[];
  /** Any field with sub-fields or components: those run after all plain fields. */
  readonly expands: boolean;
}

export function buildMessagePlan(def: Definition, accumulators: Accumulators): MessagePlan {
  const profile = def.profile;
  const fields = def.fields.map((spec) => fieldPlan(def.global, profile, spec, accumulators));
  return {
    name: profile?.name ?? `mesg${def.global}`,
    fields,
    expands: fields.some((f) => f.subFields.length > 0 || f.components !== undefined),
  };
}

function fieldPlan(
  mesgNum: number,
  profile: MessageDef | undefined,
  spec: FieldSpec,
  accumulators: Accumulators,
): FieldPlan {
  const field = profile?.fields[spec.num];
  // One object shape for known and unknown fields, so the decode loop sees one shape.
  return {
    spec,
    name: field?.name ?? `field${spec.num}`,
    conversion: field ? conversionOf(field) : null,
    isArray: field?.array === true,
    invalid: invalidValue(spec.baseType),
    keepAll: spec.baseType === BT_BYTE,
    accumulation: field?.accumulate
      ? {
          accumulator: accumulators.get(mesgNum, spec.num),
          scale: field.scale ?? 1,
          offset: field.offset ?? 0,
          feeder: feedingComponent(profile!, spec.num),
        }
      : null,
    subFields: (field?.subFields ?? []).map((sub) => ({ sub, conversion: conversionOf(sub) })),
    components: field?.components,
  };
}

/** The component (of any field of the message) whose bits accumulate into field `fieldNum`. */
export function feedingComponent(profile: MessageDef, fieldNum: number): ComponentDef | undefined {
  for (const key in profile.fields) {
    const c = profile.fields[key]!.components?.find((comp) => comp[0] === fieldNum);
    if (c) return c;
  }
  return undefined;
}
