/**
 * Climbs and their VAM (velocità ascensionale media, Michele Ferrari): metres
 * climbed per hour. A climb runs from a low point to the following high point
 * and ends when the road drops more than `dropM` below that high; only climbs
 * gaining at least `minGainM` count, so rolling terrain and altimeter noise do not.
 */
export interface Climb {
  readonly startS: number;
  readonly endS: number;
  readonly gainM: number;
  /** m/h */
  readonly vam: number;
}

export function findClimbs(altitude1Hz: Float32Array, minGainM = 30, dropM = 10): Climb[] {
  const climbs: Climb[] = [];
  let low = NaN;
  let lowAt = 0;
  let high = NaN;
  let highAt = 0;
  const close = () => {
    const gain = high - low;
    if (gain >= minGainM && highAt > lowAt) {
      climbs.push({ startS: lowAt, endS: highAt, gainM: gain, vam: (gain / (highAt - lowAt)) * 3600 });
    }
  };
  for (let k = 0; k < altitude1Hz.length; k++) {
    const a = altitude1Hz[k]!;
    if (Number.isNaN(a)) continue;
    if (Number.isNaN(low) || (a <= low && high - low < dropM)) {
      low = a;
      lowAt = k;
      high = a;
      highAt = k;
    } else if (a > high) {
      high = a;
      highAt = k;
    } else if (high - a > dropM) {
      close();
      low = a;
      lowAt = k;
      high = a;
      highAt = k;
    }
  }
  if (!Number.isNaN(low)) close();
  return climbs;
}
