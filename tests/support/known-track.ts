// One known track that the test generators write as FIT, GPX and TCX, so every
// summary value and sample the importer returns can be checked exactly.
// The path runs due north along a meridian, where the haversine distance
// between two points is exactly R x dlat: cumulative distance is known in
// closed form from the speeds.
export const EARTH_RADIUS_M = 6_371_008.8;

export interface KnownPoint {
  /** Seconds since start. */
  readonly t: number;
  readonly lat: number;
  readonly lon: number;
  /** Metres. */
  readonly altitude: number;
  /** Cumulative metres. */
  readonly distance: number;
  /** m/s */
  readonly speed: number;
  readonly hr: number;
  readonly power: number;
  readonly cadence: number;
  readonly temperature: number;
}

export interface KnownTrack {
  readonly sport: 'cycling' | 'running';
  /** UTC epoch ms of the first point. */
  readonly start: number;
  readonly points: readonly KnownPoint[];
  /** A timer pause: no points between `at` and `at + seconds`. */
  readonly pause: { readonly at: number; readonly seconds: number } | null;
}

export interface TrackOptions {
  readonly seconds: number;
  readonly sport?: 'cycling' | 'running';
  readonly start?: number;
  readonly pause?: { readonly at: number; readonly seconds: number } | null;
}

const LAT0 = 45.0;
const LON0 = 6.0;

/** 1 Hz samples; whole numbers for HR, power, cadence and speed in mm/s so every format stores them exactly. */
export function makeKnownTrack(options: TrackOptions): KnownTrack {
  const sport = options.sport ?? 'cycling';
  const start = options.start ?? Date.UTC(2024, 5, 1, 6, 0, 0);
  const pause = options.pause ?? null;
  const points: KnownPoint[] = [];
  let distance = 0;
  for (let t = 0; t < options.seconds; t++) {
    if (pause && t >= pause.at && t < pause.at + pause.seconds) continue;
    const base = sport === 'cycling' ? 8 : 3;
    const speed = Math.round((base + Math.sin(t / 60)) * 1000) / 1000;
    if (points.length > 0) distance += speed;
    points.push({
      t,
      lat: LAT0 + (distance / EARTH_RADIUS_M) * (180 / Math.PI),
      lon: LON0,
      altitude: 100 + 50 * Math.sin((2 * Math.PI * t) / 1200),
      distance,
      speed,
      hr: 140 + Math.round(10 * Math.sin(t / 300)),
      power: sport === 'cycling' ? 200 + Math.round(50 * Math.sin(t / 30)) : 0,
      cadence: sport === 'cycling' ? 90 : 85,
      temperature: 20,
    });
  }
  return { sport, start, points, pause };
}
