// Definition messages (FIT protocol document, "Definition Message"): they
// describe the layout of the data messages that follow for one local message
// type, in either byte order.
import { baseTypeSize, BT_UINT8, normalizeBaseType } from './base-types';
import type { MessageDef } from './profile-types';
import { MESSAGES } from './profile.generated';
import type { HrvPlan } from './hrv-plan';
import type { MessagePlan } from './message-plan';
import type { RecordPlan } from './record-plan';

export interface FieldSpec {
  readonly num: number;
  /** Byte offset inside the data message, after its 1-byte header. */
  readonly at: number;
  readonly size: number;
  /**
   * The declared base type, or uint8 when the declared size is smaller than
   * one value of it (seen in COROS files): the bytes are then read as they are.
   */
  readonly baseType: number;
}

export interface DevFieldSpec {
  readonly num: number;
  readonly at: number;
  readonly size: number;
  readonly devIndex: number;
}

export interface Definition {
  readonly global: number;
  readonly littleEndian: boolean;
  /** Bytes of a data message's content (header byte excluded). */
  readonly size: number;
  readonly fields: readonly FieldSpec[];
  readonly devFields: readonly DevFieldSpec[];
  readonly profile: MessageDef | undefined;
  /** Built on first use for record messages. */
  recordPlan: RecordPlan | null;
  /** Built on first use for hrv messages. */
  hrvPlan: HrvPlan | null;
  /** Built on first use for other messages. */
  messagePlan: MessagePlan | null;
}

/**
 * Parses the definition message at `pos` (its header byte). Returns null when
 * it runs past `end`; the caller reports the cut.
 */
export function parseDefinition(b: Uint8Array, pos: number, end: number): { def: Definition; next: number } | null {
  if (pos + 6 > end) return null;
  const header = b[pos]!;
  const littleEndian = b[pos + 2] === 0;
  const global = littleEndian ? b[pos + 3]! | (b[pos + 4]! << 8) : (b[pos + 3]! << 8) | b[pos + 4]!;
  const count = b[pos + 5]!;
  let p = pos + 6;
  if (p + count * 3 > end) return null;
  const fields: FieldSpec[] = [];
  let size = 0;
  for (let i = 0; i < count; i++, p += 3) {
    const fieldSize = b[p + 1]!;
    const declared = normalizeBaseType(b[p + 2]!);
    const baseType = fieldSize < baseTypeSize(declared) ? BT_UINT8 : declared;
    fields.push({ num: b[p]!, at: size, size: fieldSize, baseType });
    size += fieldSize;
  }
  const devFields: DevFieldSpec[] = [];
  if (header & 0x20) {
    if (p + 1 > end) return null;
    const devCount = b[p]!;
    p += 1;
    if (p + devCount * 3 > end) return null;
    for (let i = 0; i < devCount; i++, p += 3) {
      devFields.push({ num: b[p]!, at: size, size: b[p + 1]!, devIndex: b[p + 2]! });
      size += b[p + 1]!;
    }
  }
  return {
    def: {
      global,
      littleEndian,
      size,
      fields,
      devFields,
      profile: MESSAGES[global],
      recordPlan: null,
      hrvPlan: null,
      messagePlan: null,
    },
    next: p,
  };
}
