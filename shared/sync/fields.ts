// The conflict rule, in one place for the server and every device (docs/sync.md):
// a synced row is a map of fields, each a JSON value stamped with the clock of
// the write that set it. Two versions of a row merge field by field, the later
// stamp winning; a row is deleted while its deletion is later than every other
// field's write, so an edit made after a delete (on a device that had not seen
// it) brings the row back with the edit.
import { fromSyncJson, toSyncJson } from './value-codec';

/** A write's stamp: epoch ms (never earlier than anything the device had seen of the row), then device id. */
export interface Clock {
  readonly t: number;
  readonly d: string;
}

/** One field as synced. `v` is the value as JSON text; ABSENT for a key the row does not have. */
export interface SyncField extends Clock {
  readonly v: string;
}

export type SyncFields = Readonly<Record<string, SyncField>>;

/** The JSON of a field the row leaves out: no JSON text is empty. */
export const ABSENT = '';

/** The field that says whether, and since when, a row is deleted. */
export const DELETED_AT = 'deletedAt';

/** Orders two stamped values; the value breaks an exact tie, so every replica picks the same one. */
export function compareFields(a: SyncField, b: SyncField): number {
  if (a.t !== b.t) return a.t - b.t;
  if (a.d !== b.d) return a.d < b.d ? -1 : 1;
  return a.v === b.v ? 0 : a.v < b.v ? -1 : 1;
}

export interface Merged {
  readonly fields: SyncFields;
  /** Whether `incoming` changed anything in `stored`. */
  readonly changed: boolean;
  /**
   * `incoming` is later than the deletion of `stored` but is not the whole row: a deleted row holds no
   * values, so bringing it back takes every field from a device that still has them. Nothing was applied.
   */
  readonly needsWhole: boolean;
}

/**
 * `stored` with every field of `incoming` that is later than its own. Replaying `incoming` changes nothing.
 * Deletion deletes: a deleted row keeps no value, only the deletion and each field's stamp. A deletion that
 * loses to a later edit erases nothing. `whole` says `incoming` carries every field of the device's row.
 */
export function mergeFields(stored: SyncFields | null, incoming: SyncFields, whole: boolean): Merged {
  const merged = overlay(stored, incoming);
  const deletedAt = effectiveDeletedAt(merged.fields);
  if (deletedAt !== null) return erased(merged, stored);
  const wasDeleted = stored !== null && effectiveDeletedAt(stored) !== null;
  if (wasDeleted && !whole) return { fields: stored, changed: false, needsWhole: true };
  if (wasDeleted) return broughtBack(stored, incoming, merged);
  const deletion = incoming[DELETED_AT];
  if (deletion === undefined || deletion.v === ABSENT || JSON.parse(deletion.v) === null) return merged;
  // The incoming deletion lost: the blanks it sent with it (its row had no values left) erase nothing.
  const kept: Record<string, SyncField> = {};
  for (const [name, field] of Object.entries(incoming))
    if (name === DELETED_AT || field.v !== ABSENT || field.t !== deletion.t || field.d !== deletion.d)
      kept[name] = field;
  return overlay(stored, kept);
}

function overlay(stored: SyncFields | null, incoming: SyncFields): Merged {
  const fields: Record<string, SyncField> = { ...stored };
  let changed = false;
  for (const [name, field] of Object.entries(incoming)) {
    const current = fields[name];
    if (current !== undefined && compareFields(field, current) <= 0) continue;
    fields[name] = { v: field.v, t: field.t, d: field.d };
    changed = true;
  }
  return { fields, changed, needsWhole: false };
}

/**
 * A deleted row brought back by a whole row: the blanks its deletion left hold no values, so the whole row's values
 * fill them whatever their stamps (a device's first push stamps a file's values 0; they must not lose to blanks).
 */
function broughtBack(stored: SyncFields, incoming: SyncFields, merged: Merged): Merged {
  const deletion = stored[DELETED_AT]!;
  const fields: Record<string, SyncField> = { ...merged.fields };
  for (const [name, field] of Object.entries(incoming)) {
    const current = fields[name]!;
    if (field.v !== ABSENT && current.v === ABSENT && current.t === deletion.t && current.d === deletion.d)
      fields[name] = { v: field.v, t: field.t, d: field.d };
  }
  return { ...merged, fields };
}

/** A deleted row's fields: every value blanked at the deletion's stamp, which keeps it deleted. */
function erased(merged: Merged, stored: SyncFields | null): Merged {
  const deletion = merged.fields[DELETED_AT]!;
  const fields: Record<string, SyncField> = {};
  for (const [name, field] of Object.entries(merged.fields))
    fields[name] = name === DELETED_AT || field.v === ABSENT ? field : { v: ABSENT, t: deletion.t, d: deletion.d };
  const changed = merged.changed && !sameFields(fields, stored);
  return { fields, changed, needsWhole: false };
}

function sameFields(a: SyncFields, b: SyncFields | null): boolean {
  if (b === null) return false;
  const names = Object.keys(a);
  return (
    names.length === Object.keys(b).length &&
    names.every((n) => b[n] !== undefined && compareFields(a[n]!, b[n]!) === 0)
  );
}

/** The latest write to any field of the row. */
export function latestWrite(fields: SyncFields): number {
  let latest = 0;
  for (const field of Object.values(fields)) latest = Math.max(latest, field.t);
  return latest;
}

/**
 * The row's deletion time when it is deleted, else null: deleted while the
 * deletedAt write carries a time and is later than every other field's write.
 */
export function effectiveDeletedAt(fields: SyncFields): number | null {
  const deletion = fields[DELETED_AT];
  if (deletion === undefined || deletion.v === ABSENT) return null;
  const at = JSON.parse(deletion.v) as number | null;
  if (at === null) return null;
  // By stamp alone: fields written together with the deletion (same stamp) do not undo it.
  for (const [name, field] of Object.entries(fields))
    if (name !== DELETED_AT && (field.t > deletion.t || (field.t === deletion.t && field.d > deletion.d))) return null;
  return at;
}

/** Encodes a value as a field's JSON text (ABSENT for undefined). */
export function encodeValue(value: unknown): string {
  return value === undefined ? ABSENT : toSyncJson(value);
}

/** The value of a field's JSON text (undefined for ABSENT). */
export function decodeValue(v: string): unknown {
  return v === ABSENT ? undefined : fromSyncJson(v);
}
