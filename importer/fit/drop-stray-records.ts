// A record decoded from damaged bytes can carry a timestamp decades away from
// the rest (bad/fitparse__strava-android-app-*.fit: one record 64 years after
// its neighbours, just before the break). Left in, it stretches the recording
// to millions of minutes. Records far from the file's median time are
// dropped, with a warning; a week leaves room for any real multi-day event.
import type { FitRecordColumns } from './types';

const MAX_DISTANCE_FROM_MEDIAN_MS = 7 * 24 * 3_600_000;

function median(values: Float64Array): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  return sorted.length === 0 ? NaN : sorted[sorted.length >> 1]!;
}

function keepOnly<T extends Float64Array | Float32Array | Int32Array>(column: T, keep: Uint8Array): T {
  return column.filter((_, i) => keep[i] === 1) as T;
}

function spanMs(times: Float64Array): number {
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  return max - min;
}

/** The records without those whose time is impossibly far from the rest, and how many were dropped. */
export function dropStrayRecords(records: FitRecordColumns): { records: FitRecordColumns; dropped: number } {
  // The common case costs one pass: a file spanning under a week has no strays.
  if (!(spanMs(records.timestamp) > MAX_DISTANCE_FROM_MEDIAN_MS)) return { records, dropped: 0 };
  const middle = median(records.timestamp);
  const keep = new Uint8Array(records.length);
  let dropped = 0;
  for (let i = 0; i < records.length; i++) {
    const t = records.timestamp[i]!;
    // A record without a time is kept: the builder places it, as before.
    const stray = !Number.isNaN(t) && Math.abs(t - middle) > MAX_DISTANCE_FROM_MEDIAN_MS;
    keep[i] = stray ? 0 : 1;
    if (stray) dropped++;
  }
  if (dropped === 0) return { records, dropped };
  return {
    dropped,
    records: {
      length: records.length - dropped,
      timestamp: keepOnly(records.timestamp, keep),
      positionLat: keepOnly(records.positionLat, keep),
      positionLong: keepOnly(records.positionLong, keep),
      altitude: keepOnly(records.altitude, keep),
      distance: keepOnly(records.distance, keep),
      speed: keepOnly(records.speed, keep),
      heartRate: keepOnly(records.heartRate, keep),
      power: keepOnly(records.power, keep),
      cadence: keepOnly(records.cadence, keep),
      temperature: keepOnly(records.temperature, keep),
      developer: records.developer.map((c) => ({ ...c, values: keepOnly(c.values, keep) })),
      present: records.present,
    },
  };
}
