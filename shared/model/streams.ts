// Samples stored as columns: one typed array per channel, all the same length,
// indexed by sample. Absent channels are absent (undefined), never arrays of
// NaN; within a present channel a missing sample is NaN (or INVALID_SEMICIRCLE
// for Int32 positions).

/** FIT's invalid sint32, used for a missing position in semicircle columns. */
export const INVALID_SEMICIRCLE = 0x7fffffff;
const SEMICIRCLES_TO_DEGREES = 180 / 2 ** 31;

/**
 * Positions stay in the precision their source used: FIT semicircles as Int32,
 * GPX/TCX decimal degrees as Float64. Never Float32: it loses ~1 m at 90°.
 */
export type Positions =
  | { readonly kind: 'semicircles'; readonly lat: Int32Array; readonly lon: Int32Array }
  | { readonly kind: 'degrees'; readonly lat: Float64Array; readonly lon: Float64Array };

/** A developer field (Connect IQ app) or other channel we keep but do not model. */
export interface ExtraChannel {
  readonly name: string;
  readonly units: string;
  readonly values: Float64Array;
}

export interface Streams {
  /** Seconds since the session start (irregular recording is allowed). */
  readonly time: Float64Array;
  readonly positions?: Positions;
  /** Metres above sea level. */
  readonly altitude?: Float32Array;
  /** Cumulative metres; Float64 so 200 km keeps millimetre resolution. */
  readonly distance?: Float64Array;
  /** m/s */
  readonly speed?: Float32Array;
  /** bpm */
  readonly heartRate?: Float32Array;
  /** W */
  readonly power?: Float32Array;
  /** rpm (running cadence in steps/min is stored as FIT does: strides/min x 2 = steps) */
  readonly cadence?: Float32Array;
  /** °C */
  readonly temperature?: Float32Array;
  readonly extra?: readonly ExtraChannel[];
}

/** Latitude of sample i in degrees, or NaN when the sample has no fix. */
export function latitudeDegrees(p: Positions, i: number): number {
  if (p.kind === 'degrees') return p.lat[i]!;
  const v = p.lat[i]!;
  return v === INVALID_SEMICIRCLE ? NaN : v * SEMICIRCLES_TO_DEGREES;
}

/** Longitude of sample i in degrees, or NaN when the sample has no fix. */
export function longitudeDegrees(p: Positions, i: number): number {
  if (p.kind === 'degrees') return p.lon[i]!;
  const v = p.lon[i]!;
  return v === INVALID_SEMICIRCLE ? NaN : v * SEMICIRCLES_TO_DEGREES;
}

/** Number of samples. */
export function streamLength(s: Streams): number {
  return s.time.length;
}
