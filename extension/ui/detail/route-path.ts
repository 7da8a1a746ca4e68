// The route as an outline: positions projected onto a flat plane and scaled to
// fit, no map tiles. Equirectangular projection (x = lon x cos(mean lat),
// y = lat) keeps shapes true at the scale of one session (Snyder, "Map
// Projections: A Working Manual", USGS 1987, p. 90).
import { latitudeDegrees, longitudeDegrees, round, type Positions } from '../../../shared/model';

export interface RoutePath {
  /** SVG path data in a viewBox of `width` x `height`. */
  readonly d: string;
  readonly width: number;
  readonly height: number;
  readonly start: readonly [number, number];
  readonly finish: readonly [number, number];
}

/** At most this many points are drawn; more adds nothing at panel size. */
const MAX_POINTS = 1500;
/** The longer side of the viewBox. */
const SIZE = 100;

/** The outline, or null when fewer than two samples have a position. */
export function routePath(positions: Positions): RoutePath | null {
  const n = positions.lat.length;
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const lats: number[] = [];
  const lons: number[] = [];
  for (let i = 0; i < n; i += stride) {
    const lat = latitudeDegrees(positions, i);
    const lon = longitudeDegrees(positions, i);
    if (Number.isNaN(lat) || Number.isNaN(lon)) continue;
    lats.push(lat);
    lons.push(lon);
  }
  if (lats.length < 2) return null;
  const meanLat = lats.reduce((a, b) => a + b, 0) / lats.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const xs = lons.map((lon) => lon * k);
  const minX = Math.min(...xs);
  const maxLat = Math.max(...lats);
  const spanX = Math.max(...xs) - minX;
  const spanY = maxLat - Math.min(...lats);
  const scale = SIZE / Math.max(spanX, spanY, 1e-9);
  const width = Math.max(spanX * scale, 1);
  const height = Math.max(spanY * scale, 1);
  // North up: y grows downward in SVG.
  const pts = xs.map((x, i) => [round((x - minX) * scale), round((maxLat - lats[i]!) * scale)] as const);
  const d = pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('');
  return { d, width: round(width), height: round(height), start: pts[0]!, finish: pts[pts.length - 1]! };
}
