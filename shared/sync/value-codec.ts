// Field values as JSON text that comes back as it went: typed arrays (samples,
// load inputs) keep their type, and NaN or infinities (a missing sample) stay
// numbers instead of turning into null as plain JSON would make them.

const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

const number = (n: number): number | string => (Number.isFinite(n) ? n : String(n));

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $num: String(value) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as TypedArrayName;
    if (!(name in TYPED_ARRAYS)) throw new TypeError(`Cannot sync a ${name}`);
    return { $typed: name, v: Array.from(value as unknown as ArrayLike<number>, number) };
  }
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const tagged = value as { $num?: string; $typed?: TypedArrayName; v?: (number | string)[] };
  if (tagged.$num !== undefined) return Number(tagged.$num);
  if (tagged.$typed !== undefined && tagged.v !== undefined)
    return new TYPED_ARRAYS[tagged.$typed](tagged.v.map((n) => (typeof n === 'string' ? Number(n) : n)));
  return value;
}

/** Whether plain JSON would lose something of `value`: a typed array or a number that is not finite inside. */
function needsTags(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  if (ArrayBuffer.isView(value)) return true;
  if (Array.isArray(value)) return value.some(needsTags);
  for (const key in value) if (needsTags((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * JSON text of a value; undefined inside objects is left out, as JSON does. Most values hold nothing to tag, and
 * a walk to find that out, then JSON.stringify without a replacer, takes a fraction of a replacer's time (it was
 * most of a first upload's time on the device).
 */
export function toSyncJson(value: unknown): string {
  return needsTags(value) ? JSON.stringify(value, replacer) : JSON.stringify(value);
}

// A tagged value's key, as toSyncJson writes it or as a JSON escape of `$` could: text without either has nothing
// for the reviver, and JSON.parse without one is several times faster.
const TAG_MARKS = ['"$', '\\u0024'];

export function fromSyncJson(text: string): unknown {
  return TAG_MARKS.some((mark) => text.includes(mark)) ? JSON.parse(text, reviver) : JSON.parse(text);
}
