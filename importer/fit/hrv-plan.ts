// hrv messages decoded straight into the R-R interval column (an activity
// can hold 45,000 of them, as objects 4x the file size). Garmin FIT profile,
// message hrv (78): field 0 "time", an array of uint16 R-R intervals, scale
// 1000, in s; a device fills unused slots with the invalid value 0xFFFF,
// which are dropped here. Each hrv definition gets a plan once, as records do.
import { baseTypeSize, BT_STRING, BT_UINT32, invalidValue, readRaw } from './base-types';
import type { Definition } from './definition';
import type { MessageDef } from './profile-types';
import type { RrIntervalColumn } from './rr-interval-column';

export const HRV_MESG_NUM = 78;

const TIME_FIELD = 0;
/** Any message may carry a timestamp (FIT protocol, field 253); compressed timestamps count from it. */
const TIMESTAMP_FIELD = 253;

export interface HrvPlan {
  /** Byte offset of "time" in the message; count 0 when the definition has no usable "time". */
  readonly at: number;
  readonly count: number;
  readonly width: number;
  readonly baseType: number;
  readonly invalid: number;
  readonly scale: number;
  readonly offset: number;
  /** Byte offset of a uint32 timestamp field, or -1. */
  readonly timestampAt: number;
}

export function buildHrvPlan(def: Definition, profile: MessageDef): HrvPlan {
  const time = def.fields.find((f) => f.num === TIME_FIELD && f.baseType !== BT_STRING);
  const stamp = def.fields.find((f) => f.num === TIMESTAMP_FIELD && f.baseType === BT_UINT32);
  const field = profile.fields[TIME_FIELD];
  const width = time ? baseTypeSize(time.baseType) : 1;
  return {
    at: time?.at ?? 0,
    count: time ? Math.floor(time.size / width) : 0,
    width,
    baseType: time?.baseType ?? BT_UINT32,
    invalid: time ? invalidValue(time.baseType) : 0,
    scale: field?.scale ?? 1,
    offset: field?.offset ?? 0,
    timestampAt: stamp?.at ?? -1,
  };
}

/**
 * Appends the valid intervals of the hrv message at `pos` (after its header
 * byte) to `rr`. Returns the message's own timestamp field in FIT seconds, or -1.
 */
export function decodeHrv(
  b: Uint8Array,
  pos: number,
  littleEndian: boolean,
  plan: HrvPlan,
  rr: RrIntervalColumn,
): number {
  let at = pos + plan.at;
  for (let i = 0; i < plan.count; i++, at += plan.width) {
    const raw = readRaw(b, at, plan.baseType, littleEndian);
    if (raw !== plan.invalid && raw === raw) rr.push(raw / plan.scale - plan.offset);
  }
  if (plan.timestampAt < 0) return -1;
  const time = readRaw(b, pos + plan.timestampAt, BT_UINT32, littleEndian);
  return time === invalidValue(BT_UINT32) ? -1 : time;
}
