// Great-circle distance on a sphere, by the haversine formula (R. W. Sinnott,
// "Virtues of the Haversine", Sky and Telescope 68(2), 1984): well conditioned
// for the metre-scale steps between consecutive GPS fixes, where the law of
// cosines loses precision.

/**
 * Mean Earth radius R1 = (2a + b) / 3 of the GRS80 ellipsoid, 6,371,008.8 m
 * (H. Moritz, "Geodetic Reference System 1980", Journal of Geodesy 74, 2000).
 * tests/support/known-track.ts builds its track on the same radius.
 */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Metres between two points given in degrees; NaN when either lacks a fix. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}
