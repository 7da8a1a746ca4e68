// A pushed row's fields cross the wire as one JSON text, `[[name, value, time, device], ...]`, not as a list of
// objects: a first upload pushes thousands of rows of ~30 fields each, and each field as an object was five
// values that the Convex client and the server convert and check one by one (docs/sync.md, "Protocol").
import type { PushRow, WireField, WirePushRow } from './protocol';

export function fieldsToText(fields: readonly WireField[]): string {
  return JSON.stringify(fields.map((f) => [f.n, f.v, f.t, f.d]));
}

/** Pushed rows as they cross the wire. */
export function toWire(rows: readonly PushRow[]): WirePushRow[] {
  return rows.map(({ fields, ...row }) => ({ ...row, fields: fieldsToText(fields) }));
}

const isField = (f: unknown): f is [string, string, number, string] =>
  Array.isArray(f) &&
  f.length === 4 &&
  typeof f[0] === 'string' &&
  typeof f[1] === 'string' &&
  Number.isFinite(f[2]) &&
  typeof f[3] === 'string';

/** The fields a text holds; an Error saying what is wrong when it is not `fieldsToText`'s. */
export function fieldsFromText(text: string): WireField[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('are not JSON');
  }
  if (!Array.isArray(parsed)) throw new Error('are not a list');
  return parsed.map((f: unknown, i) => {
    if (!isField(f)) throw new Error(`hold an item ${i} that is not [name, value as JSON, time, device]`);
    return { n: f[0], v: f[1], t: f[2], d: f[3] };
  });
}
