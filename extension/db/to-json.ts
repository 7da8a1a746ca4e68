// Rows as plain JSON, for an export any tool can read: typed arrays become
// arrays, and NaN (a missing sample inside a channel) becomes null, which is
// what JSON.stringify would write anyway, made explicit so the data is JSON
// before it is text.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isTypedArray(value: object): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** `undefined` (an absent optional field) has no JSON form: the caller leaves the key out. */
export function toJson(value: unknown): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return undefined;
  if (isTypedArray(value)) return Array.from(value, (n) => (Number.isFinite(n) ? n : null));
  if (Array.isArray(value)) return value.map((item: unknown) => toJson(item) ?? null);
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) {
    const json = toJson(item);
    if (json !== undefined) out[key] = json;
  }
  return out;
}
