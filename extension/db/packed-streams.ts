// Samples as IndexedDB keeps them: each column as whole numbers in the
// narrowest width that holds them, exactly. Devices record on fixed grids
// (FIT: whole seconds, centimetres, 1/5 m of altitude, mm/s, whole bpm and
// watts), so a column is its values times a small power of ten (or 5), often
// as the difference from the sample before: an hour of 1 Hz ride samples takes
// about a third of the typed arrays' 173 kB, less than the FIT file itself.
// Every value comes back bit for bit (checked while packing; a column that
// does not fit keeps its raw bytes), NaN and missing positions included.
import { INVALID_SEMICIRCLE, type ExtraChannel, type Positions, type Streams } from '../../shared/model';

type Column = Float64Array | Float32Array | Int32Array;
type ColumnType = 'f64' | 'f32' | 'i32';

/**
 * One column: raw bytes (`scale` 0), or integers `value x scale`, each maybe
 * the difference from the one before (the first from `base`).
 */
export interface PackedColumn {
  readonly type: ColumnType;
  readonly scale: number;
  readonly delta: boolean;
  readonly base: number;
  /** Bytes per integer; the width's smallest integer stands for a missing value. */
  readonly width: 1 | 2 | 4;
  readonly bytes: ArrayBuffer;
}

/** The channels held as one column each (all of Streams but positions and extra). */
type ChannelKey = Exclude<keyof Streams, 'positions' | 'extra'>;
const CHANNELS = Object.keys({
  time: true,
  altitude: true,
  distance: true,
  speed: true,
  heartRate: true,
  power: true,
  cadence: true,
  temperature: true,
} satisfies Record<ChannelKey, true>) as ChannelKey[];

export type PackedStreams = { readonly packed: 1 } & { readonly [K in ChannelKey]?: PackedColumn } & {
  readonly positions?: { readonly kind: Positions['kind']; readonly lat: PackedColumn; readonly lon: PackedColumn };
  readonly extra?: readonly { readonly name: string; readonly units: string; readonly values: PackedColumn }[];
};

const SCALES = [1, 10, 100, 1000, 5] as const;
const WIDTHS = [1, 2, 4] as const;
const LOWEST = { 1: -128, 2: -32_768, 4: -2_147_483_648 } as const;
const ARRAYS = { 1: Int8Array, 2: Int16Array, 4: Int32Array } as const;

const typeOf = (c: Column): ColumnType =>
  c instanceof Float64Array ? 'f64' : c instanceof Float32Array ? 'f32' : 'i32';

/** Whether every value is an integer times `scale`, exactly; the integers go in `out` (NaN where missing). */
function integersAt(values: Float64Array, type: ColumnType, scale: number, out: Float64Array): boolean {
  // The type's questions answered once, not per value: this loop runs over every sample of every import.
  const f32 = type === 'f32';
  const i32 = type === 'i32';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (i32 ? v === INVALID_SEMICIRCLE : v !== v) {
      out[i] = NaN;
      continue;
    }
    const n = Math.round(v * scale);
    const back = scale === 1 ? n : f32 ? Math.fround(n / scale) : n / scale;
    // An integer array has no -0: such a column stays raw.
    if (back !== v || (n === 0 && 1 / n < 0) || Math.abs(n) > 0x7fffffff) return false;
    out[i] = n;
  }
  return true;
}

/** The first integer (0 when every value is missing): where differences start. */
function firstOf(ints: Float64Array): number {
  for (const n of ints) if (n === n) return n;
  return 0;
}

/** The narrowest width whose range (less its lowest integer) holds every `max`, or null. */
const widthFor = (max: number): 1 | 2 | 4 | null => WIDTHS.find((w) => max < -LOWEST[w]) ?? null;

function raw(column: Column, type: ColumnType): PackedColumn {
  const bytes = column.buffer.slice(column.byteOffset, column.byteOffset + column.byteLength) as ArrayBuffer;
  return { type, scale: 0, delta: false, base: 0, width: 4, bytes };
}

// Scratch space for every column, grown as needed: in the import worker, allocating two Float64Arrays per
// column took longer than packing them (BENCHMARKS.md, 2026-12-03).
let scratch = new Float64Array(0);

/** Two views of `n` values each over the scratch space. */
function scratchPair(n: number): [Float64Array, Float64Array] {
  if (scratch.length < 2 * n) scratch = new Float64Array(2 * n);
  return [scratch.subarray(0, n), scratch.subarray(n, 2 * n)];
}

export function packColumn(column: Column): PackedColumn {
  const type = typeOf(column);
  // Float64Arrays for every column type: loops over a single array type stay fast in V8.
  const [values, ints] = scratchPair(column.length);
  values.set(column);
  const scale = (type === 'i32' ? [1] : SCALES).find((s) => integersAt(values, type, s, ints));
  if (scale === undefined) return raw(column, type);
  const base = firstOf(ints);
  // The largest integer and the largest difference, in one pass.
  let maxPlain = 0;
  let maxDelta = 0;
  let previous = base;
  for (let i = 0; i < ints.length; i++) {
    const n = ints[i]!;
    if (n !== n) continue;
    maxPlain = Math.max(maxPlain, Math.abs(n));
    maxDelta = Math.max(maxDelta, Math.abs(n - previous));
    previous = n;
  }
  const [plain, deltas] = [widthFor(maxPlain), widthFor(maxDelta)];
  const delta = deltas !== null && (plain === null || deltas < plain);
  const width = delta ? deltas : plain;
  if (width === null || width >= column.BYTES_PER_ELEMENT) return raw(column, type);
  // Coded in place, then converted natively to the integer width.
  previous = base;
  for (let i = 0; i < ints.length; i++) {
    const n = ints[i]!;
    if (n !== n) ints[i] = LOWEST[width];
    else {
      ints[i] = delta ? n - previous : n;
      previous = n;
    }
  }
  const out = new ARRAYS[width](ints);
  return { type, scale, delta, base: delta ? base : 0, width, bytes: out.buffer };
}

export function unpackColumn(packed: PackedColumn): Column {
  const { type, scale, delta, base, width, bytes } = packed;
  const Out = type === 'f64' ? Float64Array : type === 'f32' ? Float32Array : Int32Array;
  if (scale === 0) return new Out(bytes.slice(0));
  // Worked out in a Float64Array, then converted natively (a Float32Array rounds as Math.fround does).
  const values = new Float64Array(new ARRAYS[width](bytes));
  const lowest = LOWEST[width];
  const missing = type === 'i32' ? INVALID_SEMICIRCLE : NaN;
  let n = base;
  for (let i = 0; i < values.length; i++) {
    const stored = values[i]!;
    if (stored === lowest) {
      values[i] = missing;
      continue;
    }
    n = delta ? n + stored : stored;
    values[i] = scale === 1 ? n : n / scale;
  }
  return type === 'f64' ? values : new Out(values);
}

// An import packs a chunk's samples ahead of its transaction (prepare-sessions.ts), and the write
// packs them again; samples read from the database come from a packed form, which packing them again (a sync's
// samples file) would give back exactly: each samples object is packed once. The model's Streams are never
// changed in place.
const packedOnce = new WeakMap<Streams, PackedStreams>();

export function packStreams(streams: Streams): PackedStreams {
  const known = packedOnce.get(streams);
  if (known !== undefined) return known;
  const packed = packAll(streams);
  packedOnce.set(streams, packed);
  return packed;
}

/** The packed form `value` was read from or packed to, if it is samples this module has seen; never packs. */
export function knownPackedForm(value: object): PackedStreams | undefined {
  return packedOnce.get(value as Streams);
}

function packAll(streams: Streams): PackedStreams {
  const packed: Record<string, unknown> = { packed: 1 };
  for (const key of CHANNELS) {
    const column = streams[key];
    if (column !== undefined) packed[key] = packColumn(column);
  }
  const { positions, extra } = streams;
  if (positions)
    packed.positions = { kind: positions.kind, lat: packColumn(positions.lat), lon: packColumn(positions.lon) };
  if (extra) packed.extra = extra.map((c) => ({ name: c.name, units: c.units, values: packColumn(c.values) }));
  return packed as PackedStreams;
}

/** Whether a stored value is packed: rows written before schema v9 hold the model's Streams. */
export function isPacked(stored: Streams | PackedStreams): stored is PackedStreams {
  return 'packed' in stored;
}

/**
 * The model's Streams of `packed`, each channel unpacked when first read: a sync reads none of them (it sends the
 * packed form, which packing them again would give back exactly), a chart reads a few. To every reader they are
 * plain properties holding the values.
 */
export function unpackStreams(packed: PackedStreams): Streams {
  const streams: Record<string, unknown> = {};
  for (const key of CHANNELS) {
    const column = packed[key];
    if (column !== undefined) unpackedWhenRead(streams, key, () => unpackColumn(column));
  }
  const { positions, extra } = packed;
  if (positions)
    unpackedWhenRead(streams, 'positions', () => ({
      kind: positions.kind,
      lat: unpackColumn(positions.lat),
      lon: unpackColumn(positions.lon),
    }));
  if (extra)
    unpackedWhenRead(streams, 'extra', () =>
      extra.map(
        (c): ExtraChannel => ({ name: c.name, units: c.units, values: unpackColumn(c.values) as Float64Array }),
      ),
    );
  packedOnce.set(streams as unknown as Streams, packed);
  return streams as unknown as Streams;
}

/** Defines `key` on `target` as the value `unpack` gives, made on the first read and kept. */
function unpackedWhenRead(target: Record<string, unknown>, key: string, unpack: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = unpack();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

/** A streams row's samples, as written or read; tombstones have none. */
interface WithSamples {
  readonly streams?: Streams | PackedStreams;
}

/** The row as IndexedDB keeps it: samples packed (a tombstone or a packed row as it is). */
export function packRow<T extends WithSamples>(row: T): T {
  return row.streams === undefined || isPacked(row.streams) ? row : { ...row, streams: packStreams(row.streams) };
}

/** The row as db/ reads it: the model's Streams (a tombstone or a row stored before v9 as it is). */
export function unpackRow<T extends WithSamples>(row: T): T {
  return row.streams === undefined || !isPacked(row.streams) ? row : { ...row, streams: unpackStreams(row.streams) };
}
