// When two sources recorded the same workout, their samples are combined on
// the primary source's time axis: each channel chosen from the other source
// (one the primary lacks, or one the other recorded better) is taken from it,
// sample by nearest sample in time.
import { INVALID_SEMICIRCLE, type Channel, type ExtraChannel, type Positions, type Streams } from '../../shared/model';

/** A sample is borrowed only when the other source has one this close in time; further apart it describes another moment. */
export const MAX_BORROW_GAP_S = 5;

type FloatChannel = 'altitude' | 'speed' | 'heartRate' | 'power' | 'cadence' | 'temperature';
const FLOAT_CHANNELS: readonly FloatChannel[] = ['altitude', 'speed', 'heartRate', 'power', 'cadence', 'temperature'];

function hasValues(values: ArrayLike<number> | undefined): boolean {
  if (values === undefined) return false;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) return true;
  return false;
}

/** For each time in `to`, the index of the nearest sample in `from` (shifted by `offsetS`) within the gap, or -1. Both axes ascend. */
function nearestIndices(to: Float64Array, from: Float64Array, offsetS: number): Int32Array {
  const out = new Int32Array(to.length).fill(-1);
  let j = 0;
  for (let i = 0; i < to.length; i++) {
    const t = to[i]!;
    while (j + 1 < from.length && Math.abs(from[j + 1]! + offsetS - t) <= Math.abs(from[j]! + offsetS - t)) j++;
    if (from.length > 0 && Math.abs(from[j]! + offsetS - t) <= MAX_BORROW_GAP_S) out[i] = j;
  }
  return out;
}

function gather<T extends Float32Array | Float64Array | Int32Array>(
  source: T,
  at: Int32Array,
  make: (n: number) => T,
  missing: number,
): T {
  const out = make(at.length);
  for (let i = 0; i < at.length; i++) out[i] = at[i]! < 0 ? missing : source[at[i]!]!;
  return out;
}

function gatherPositions(p: Positions, at: Int32Array): Positions {
  return p.kind === 'degrees'
    ? {
        kind: 'degrees',
        lat: gather(p.lat, at, (n) => new Float64Array(n), NaN),
        lon: gather(p.lon, at, (n) => new Float64Array(n), NaN),
      }
    : {
        kind: 'semicircles',
        lat: gather(p.lat, at, (n) => new Int32Array(n), INVALID_SEMICIRCLE),
        lon: gather(p.lon, at, (n) => new Int32Array(n), INVALID_SEMICIRCLE),
      };
}

function hasPositions(p: Positions | undefined): boolean {
  if (p === undefined) return false;
  if (p.kind === 'degrees') return hasValues(p.lat);
  return p.lat.some((v) => v !== INVALID_SEMICIRCLE);
}

/**
 * The primary's streams with the channels in `fromOther` taken from `other`,
 * whose times plus `otherOffsetS` fall on the primary's axis; distance goes
 * with speed, or fills in where the primary has none. Without primary
 * streams, the other's are shifted onto the primary's start.
 */
export function mergeStreams(
  primary: Streams | undefined,
  other: Streams | undefined,
  otherOffsetS: number,
  fromOther: ReadonlySet<Channel>,
): Streams | undefined {
  if (other === undefined) return primary;
  if (primary === undefined) return { ...other, time: other.time.map((t) => t + otherOffsetS) };
  const at = nearestIndices(primary.time, other.time, otherOffsetS);
  const merged: { -readonly [K in keyof Streams]: Streams[K] } = { ...primary };
  for (const channel of FLOAT_CHANNELS) {
    const theirs = other[channel];
    if (fromOther.has(channel) && theirs !== undefined && hasValues(theirs)) {
      merged[channel] = gather(theirs, at, (n) => new Float32Array(n), NaN);
    }
  }
  const distanceToo = fromOther.has('speed') || !hasValues(primary.distance);
  if (distanceToo && other.distance !== undefined && hasValues(other.distance)) {
    merged.distance = gather(other.distance, at, (n) => new Float64Array(n), NaN);
  }
  if (fromOther.has('positions') && other.positions !== undefined && hasPositions(other.positions)) {
    merged.positions = gatherPositions(other.positions, at);
  }
  const names = new Set((primary.extra ?? []).map((c) => c.name));
  const borrowed: ExtraChannel[] = (other.extra ?? [])
    .filter((c) => !names.has(c.name))
    .map((c) => ({ name: c.name, units: c.units, values: gather(c.values, at, (n) => new Float64Array(n), NaN) }));
  if (borrowed.length > 0) merged.extra = [...(primary.extra ?? []), ...borrowed];
  return merged;
}
