// The hot path: record messages decoded straight into columns. Each record
// definition gets a plan once (which bytes feed which column, with scale,
// offset, component bits and accumulation from the Garmin profile); every
// record is then a loop over the plan's ops with no allocation.
import type { Accumulator, Accumulators } from './accumulator';
import {
  baseTypeSize,
  BT_ENUM,
  BT_SINT32,
  BT_STRING,
  BT_UINT16,
  BT_UINT32,
  BT_UINT8,
  invalidValue,
  readRaw,
} from './base-types';
import type { Definition } from './definition';
import type { DeveloperFields } from './developer-fields';
import { feedingComponent } from './message-plan';
import type { FieldDef, MessageDef } from './profile-types';
import type { DevChannel, RecordColumnsBuilder } from './record-columns';
import { fitTimeToMs } from './time';

export const RECORD_MESG_NUM = 20;

const TIMESTAMP = 0;
const LAT = 1;
const LON = 2;
const ALTITUDE = 3;
const DISTANCE = 4;
const SPEED = 5;
const HEART_RATE = 6;
const POWER = 7;
const CADENCE = 8;
const FRACTIONAL_CADENCE = 9;
const TEMPERATURE = 10;

/**
 * Record fields (profile names) that have a column, and the order ops run in:
 * later ops overwrite earlier ones with a valid value, so enhanced fields win
 * over their 16-bit originals and over values expanded from components (which
 * themselves win over plain fields, as in the SDK), and fractional cadence is
 * added once cadence is in place.
 */
const COLUMN_OF: Readonly<Record<string, readonly [column: number, order: number]>> = {
  timestamp: [TIMESTAMP, 0],
  positionLat: [LAT, 0],
  positionLong: [LON, 0],
  altitude: [ALTITUDE, 0],
  enhancedAltitude: [ALTITUDE, 2],
  distance: [DISTANCE, 0],
  speed: [SPEED, 0],
  enhancedSpeed: [SPEED, 2],
  heartRate: [HEART_RATE, 0],
  power: [POWER, 0],
  cadence: [CADENCE, 0],
  fractionalCadence: [FRACTIONAL_CADENCE, 3],
  temperature: [TEMPERATURE, 0],
};
const COMPONENT_ORDER = 1;

// Inline readers for the base types records use most (little-endian); anything else goes through readRaw.
const READ_ANY = 0;
const READ_U8 = 1;
const READ_U16LE = 2;
const READ_S32LE = 3;
const READ_U32LE = 4;

function readerFor(baseType: number, littleEndian: boolean, containerBytes: number): number {
  if (containerBytes > 0 || !littleEndian) return READ_ANY;
  if (baseType === BT_UINT8 || baseType === BT_ENUM) return READ_U8;
  if (baseType === BT_UINT16) return READ_U16LE;
  if (baseType === BT_SINT32) return READ_S32LE;
  if (baseType === BT_UINT32) return READ_U32LE;
  return READ_ANY;
}

class ColumnOp {
  readonly reader: number;

  constructor(
    readonly column: number,
    readonly order: number,
    readonly at: number,
    readonly baseType: number,
    readonly littleEndian: boolean,
    /** >0: read this many single bytes as one little-endian container (byte-array components). */
    readonly containerBytes: number,
    readonly invalid: number,
    readonly scale: number,
    readonly offset: number,
    /** Component bit offset, or -1 for a field read whole. */
    readonly shift: number,
    readonly bits: number,
    readonly mask: number,
    readonly accumulator: Accumulator | null,
    /** For a whole accumulated field: converts its value into the feeding component's raw units. */
    readonly accScale: number,
    readonly accOffset: number,
  ) {
    this.reader = readerFor(baseType, littleEndian, containerBytes);
  }
}

class DevOp {
  constructor(
    readonly at: number,
    readonly baseType: number,
    readonly invalid: number,
    readonly channel: DevChannel,
  ) {}
}

export interface RecordPlan {
  readonly ops: readonly ColumnOp[];
  devOps: readonly DevOp[];
  devVersion: number;
}

export function buildRecordPlan(
  def: Definition,
  profile: MessageDef,
  accumulators: Accumulators,
  developer: DeveloperFields,
  columns: RecordColumnsBuilder,
): RecordPlan {
  const ops: ColumnOp[] = [];
  for (const f of def.fields) {
    const field = profile.fields[f.num];
    if (!field || f.baseType === BT_STRING) continue;
    const width = baseTypeSize(f.baseType);
    const target = COLUMN_OF[field.name];
    if (target) {
      const feeder = field.accumulate ? feedingComponent(profile, f.num) : undefined;
      ops.push(
        new ColumnOp(
          target[0],
          target[1],
          f.at,
          f.baseType,
          def.littleEndian,
          0,
          invalidValue(f.baseType),
          field.scale ?? 1,
          field.offset ?? 0,
          -1,
          0,
          0,
          feeder ? accumulators.get(RECORD_MESG_NUM, f.num) : null,
          feeder?.[2] ?? 1,
          feeder?.[3] ?? 0,
        ),
      );
      continue;
    }
    if (!field.components) continue;
    // Components are read from one container of at most 32 bits: a single
    // value, or up to 4 bytes of a byte array (compressed_speed_distance).
    const singleByte = width === 1;
    const containerBits = singleByte ? Math.min(f.size, 4) * 8 : width <= 4 ? width * 8 : 0;
    let shift = 0;
    for (const [targetNum, bits, scale, offset] of field.components) {
      if (shift + bits > containerBits) break;
      const targetField: FieldDef | undefined = profile.fields[targetNum];
      const col = targetField && COLUMN_OF[targetField.name];
      if (col) {
        const bytes = singleByte ? containerBits / 8 : 0;
        ops.push(
          new ColumnOp(
            col[0],
            Math.max(col[1], COMPONENT_ORDER),
            f.at,
            f.baseType,
            def.littleEndian,
            bytes,
            singleByte ? 2 ** containerBits - 1 : invalidValue(f.baseType),
            scale,
            offset,
            shift,
            bits,
            (2 ** bits - 1) | 0,
            targetField.accumulate ? accumulators.get(RECORD_MESG_NUM, targetNum) : null,
            1,
            0,
          ),
        );
      }
      shift += bits;
    }
  }
  ops.sort((a, b) => a.order - b.order);
  const plan: RecordPlan = { ops, devOps: [], devVersion: -1 };
  refreshDevOps(plan, def, developer, columns);
  return plan;
}

/** Developer fields are looked up again whenever a new field_description arrives. */
export function refreshDevOps(
  plan: RecordPlan,
  def: Definition,
  developer: DeveloperFields,
  columns: RecordColumnsBuilder,
): void {
  if (plan.devVersion === developer.version) return;
  const devOps: DevOp[] = [];
  for (const d of def.devFields) {
    const desc = developer.get(d.devIndex, d.num);
    if (!desc || desc.baseType === BT_STRING || d.size !== baseTypeSize(desc.baseType)) continue;
    devOps.push(new DevOp(d.at, desc.baseType, invalidValue(desc.baseType), columns.channel(desc)));
  }
  plan.devOps = devOps;
  plan.devVersion = developer.version;
}

/**
 * Decodes one record at `pos` (after its header byte) into row `row`.
 * Returns the record's own timestamp field in FIT seconds, or -1.
 */
export function decodeRecord(
  b: Uint8Array,
  pos: number,
  littleEndian: boolean,
  plan: RecordPlan,
  c: RecordColumnsBuilder,
  row: number,
): number {
  let time = -1;
  const ops = plan.ops;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const at = pos + op.at;
    let raw: number;
    switch (op.reader) {
      case READ_U8:
        raw = b[at]!;
        break;
      case READ_U16LE:
        raw = b[at]! | (b[at + 1]! << 8);
        break;
      case READ_S32LE:
        raw = b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);
        break;
      case READ_U32LE:
        raw = (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
        break;
      default:
        if (op.containerBytes > 0) {
          raw = 0;
          for (let i = op.containerBytes - 1; i >= 0; i--) raw = raw * 256 + b[at + i]!;
        } else {
          raw = readRaw(b, at, op.baseType, littleEndian);
        }
    }
    if (raw === op.invalid || raw !== raw) continue;
    let value: number;
    if (op.shift >= 0) {
      let bits = ((raw >>> op.shift) & op.mask) >>> 0;
      if (op.accumulator !== null) bits = op.accumulator.add(bits, op.bits);
      value = bits / op.scale - op.offset;
    } else {
      value = raw / op.scale - op.offset;
      if (op.accumulator !== null) op.accumulator.reset((value + op.accOffset) * op.accScale);
    }
    switch (op.column) {
      case TIMESTAMP:
        time = raw;
        c.timestamp[row] = fitTimeToMs(raw);
        break;
      case LAT:
        c.positionLat[row] = raw;
        break;
      case LON:
        c.positionLong[row] = raw;
        break;
      case ALTITUDE:
        c.altitude[row] = value;
        break;
      case DISTANCE:
        c.distance[row] = value;
        break;
      case SPEED:
        c.speed[row] = value;
        break;
      case HEART_RATE:
        c.heartRate[row] = value;
        break;
      case POWER:
        c.power[row] = value;
        break;
      case CADENCE:
        c.cadence[row] = value;
        break;
      case FRACTIONAL_CADENCE:
        c.cadence[row] = c.cadence[row]! + value;
        break;
      default:
        c.temperature[row] = value;
    }
  }
  const devOps = plan.devOps;
  for (let k = 0; k < devOps.length; k++) {
    const op = devOps[k]!;
    const raw = readRaw(b, pos + op.at, op.baseType, littleEndian);
    if (raw !== op.invalid && raw === raw) op.channel.values[row] = raw;
  }
  return time;
}
