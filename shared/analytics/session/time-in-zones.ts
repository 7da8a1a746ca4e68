import type { Zone } from '../profile/zones';
import { zoneIndex } from '../profile/zones';

/** Seconds spent in each zone, from a 1 Hz channel (stopped seconds count nowhere). */
export function timeInZones(values1Hz: Float32Array, zones: readonly Zone[]): number[] {
  const seconds = new Array<number>(zones.length).fill(0);
  for (let k = 0; k < values1Hz.length; k++) {
    const z = zoneIndex(zones, values1Hz[k]!);
    if (z >= 0) seconds[z]!++;
  }
  return seconds;
}
