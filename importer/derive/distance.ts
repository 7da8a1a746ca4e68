// Cumulative distance along a track, for files that record positions but no
// distance (GPX, some TCX).
import { latitudeDegrees, longitudeDegrees } from '../../shared/model';
import type { Positions } from '../../shared/model';
import { haversineM } from './haversine';

/**
 * Cumulative metres at each sample, summing haversine steps between
 * consecutive fixes. Samples without a fix carry the distance of the last fix
 * (NaN before the first fix). `breaks` lists the sample indices that start a
 * new GPX track segment: GPX 1.1 says a new segment starts where reception was
 * lost or the receiver was off, so no distance is counted across it.
 */
export function cumulativeDistance(positions: Positions, length: number, breaks: readonly number[] = []): Float64Array {
  const out = new Float64Array(length);
  let total = NaN;
  let prevLat = NaN;
  let prevLon = NaN;
  let nextBreak = 0;
  for (let i = 0; i < length; i++) {
    if (nextBreak < breaks.length && breaks[nextBreak] === i) {
      nextBreak++;
      prevLat = NaN;
    }
    const lat = latitudeDegrees(positions, i);
    const lon = longitudeDegrees(positions, i);
    if (lat === lat && lon === lon) {
      if (total !== total) total = 0;
      if (prevLat === prevLat) total += haversineM(prevLat, prevLon, lat, lon);
      prevLat = lat;
      prevLon = lon;
    }
    out[i] = total;
  }
  return out;
}

/**
 * A distance channel with its holes filled: each NaN after the first value
 * takes the last value before it, so differences between any two samples are
 * the distance covered between them. Returns the input when it has no holes.
 */
export function forwardFilled(distance: Float64Array): Float64Array {
  let out: Float64Array | null = null;
  let last = NaN;
  for (let i = 0; i < distance.length; i++) {
    const d = distance[i]!;
    if (d === d) {
      last = d;
    } else if (last === last) {
      out ??= Float64Array.from(distance);
      out[i] = last;
    }
  }
  return out ?? distance;
}
