// Reading fields out of a site's JSON without trusting its shape: every
// accessor returns null for a missing or mistyped value, never throws.

export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(v: unknown): JsonObject | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : null;
}

export function num(o: JsonObject | null, key: string): number | null {
  const v = o?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function text(o: JsonObject | null, key: string): string | null {
  const v = o?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** An id the site writes as a number or a string, as a string. */
export function idText(o: JsonObject | null, key: string): string | null {
  const v = o?.[key];
  return typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : typeof v === 'string' && v !== '' ? v : null;
}

export function list(v: unknown): readonly unknown[] | null {
  return Array.isArray(v) ? v : null;
}

/** A list of numbers with nulls for holes, or null when it is not one. */
export function numbers(v: unknown): (number | null)[] | null {
  if (!Array.isArray(v)) return null;
  return v.map((x) => (typeof x === 'number' && Number.isFinite(x) ? x : null));
}

/** Epoch ms of an ISO-8601 time; a time without zone is read as UTC (the sites' "GMT" fields). */
export function utcMs(iso: string | null): number | null {
  if (iso === null) return null;
  const t = iso
    .trim()
    .replace(' ', 'T')
    .replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const ms = Date.parse(/(?:Z|[+-]\d\d:\d\d)$/i.test(t) ? t : `${t}Z`);
  return Number.isNaN(ms) ? null : ms;
}
