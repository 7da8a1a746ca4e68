// How the CLI writes numbers for people: durations as h:mm:ss, distances in
// km, start times on the athlete's clock when the file tells the UTC offset.

export const NONE = '-';

/** Kilometres with 2 decimals (10 m resolution, what a watch shows), or "-" when unknown. */
export function formatKm(meters: number | null): string {
  return meters === null ? NONE : (meters / 1000).toFixed(2);
}

/** A whole number (bpm, W), or "-" when unknown. */
export function formatWhole(value: number | null): string {
  return value === null ? NONE : String(Math.round(value));
}

function formatOffset(offsetS: number): string {
  const sign = offsetS < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetS) / 60);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * "2015-07-10 10:58 +02:00" on the local clock when the offset is known,
 * else "2015-07-10 08:58 UTC": each row says which clock it uses.
 */
export function formatStart(startMs: number, utcOffsetS: number | null): string {
  const clock = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  return utcOffsetS === null
    ? `${clock(startMs)} UTC`
    : `${clock(startMs + utcOffsetS * 1000)} ${formatOffset(utcOffsetS)}`;
}
