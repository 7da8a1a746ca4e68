// The shape of the compact FIT profile that scripts/gen-fit-profile.ts writes
// into profile.generated.ts from @garmin/fitsdk's profile.js.

/** [target field number, bits, scale, offset]: one component of a field (FIT SDK profile "components"). */
export type ComponentDef = readonly [number, number, number, number];

export interface SubFieldDef {
  readonly name: string;
  readonly type: string;
  /** The base type name when `type` is a profile type ("uint16" for "manufacturer"). */
  readonly baseType?: string;
  readonly scale?: number;
  readonly offset?: number;
  readonly units?: string;
  readonly components?: readonly ComponentDef[];
  /** Active when any [reference field number, raw value] pair matches the message. */
  readonly when: readonly (readonly [number, number])[];
}

export interface FieldDef {
  readonly name: string;
  /** Profile type: a base type name ("uint16"), "dateTime", "localDateTime", "bool", "string" or an enum type name. */
  readonly type: string;
  /** The base type name when `type` is a profile type ("uint16" for "manufacturer"). */
  readonly baseType?: string;
  readonly scale?: number;
  readonly offset?: number;
  readonly units?: string;
  readonly array?: true;
  /** Values arriving through components accumulate (FIT "accumulate"). */
  readonly accumulate?: true;
  readonly components?: readonly ComponentDef[];
  readonly subFields?: readonly SubFieldDef[];
}

export interface MessageDef {
  readonly name: string;
  readonly fields: Readonly<Record<number, FieldDef>>;
}
