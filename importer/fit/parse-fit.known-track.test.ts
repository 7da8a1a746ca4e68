// Ground truth: the known track written as FIT by @garmin/fitsdk's Encoder
// comes back value for value. Tolerances are FIT's own storage resolution
// (FIT profile scale/offset): distance 1/100 m, speed 1/1000 m/s, altitude
// 1/5 m with offset 500, positions 2^31/180 semicircles per degree (written
// rounded, so exact as Int32); Float32 columns add at most 1e-4 of rounding.
import { describe, expect, test } from 'vitest';
import { latitudeDegrees, sessionId, sha256Hex, type Session } from '../../shared/model';
import { makeKnownTrack, type KnownTrack } from '../../tests/support/known-track';
import {
  KNOWN_CALORIES,
  KNOWN_DEVICE,
  lapBounds,
  summarizePoints,
  toSemicircles,
  writeKnownTrackFit,
} from '../../tests/support/write-fit';
import { parseFit } from './parse-fit';

const DISTANCE_TOL = 0.005 + 1e-9;
const SPEED_TOL = 0.0005 + 1e-4;
const ALTITUDE_TOL = 0.1 + 1e-4;

function parseOne(track: KnownTrack, laps: number, utcOffsetS: number): { session: Session; bytes: Uint8Array } {
  const bytes = writeKnownTrackFit(track, { laps, utcOffsetS });
  const result = parseFit(bytes, 'known.fit');
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(result.sessions).toHaveLength(1);
  return { session: result.sessions[0]!, bytes };
}

describe.each([
  { sport: 'cycling', subSport: 'road', laps: 3, utcOffsetS: 7200 },
  { sport: 'running', subSport: 'trail', laps: 1, utcOffsetS: -5 * 3600 },
] as const)('known $sport track with $laps lap(s) written as FIT', ({ sport, subSport, laps, utcOffsetS }) => {
  const track = makeKnownTrack({ seconds: 3600, sport, pause: { at: 1200, seconds: 120 } });
  const { session, bytes } = parseOne(track, laps, utcOffsetS);
  const whole = summarizePoints(track, 0, track.points.length);

  test('session summary equals the track', () => {
    expect(session.sport).toBe(sport);
    expect(session.subSport).toBe(subSport);
    expect(session.start).toBe(track.start);
    expect(session.elapsedS).toBe(3599);
    // The timer stopped for the 120 s pause.
    expect(session.movingS).toBe(3599 - 120);
    expect(Math.abs(session.distanceM! - whole.distanceM)).toBeLessThanOrEqual(DISTANCE_TOL);
    // FIT stores ascent, heart rate, power and cadence averages as whole numbers.
    expect(session.ascentM).toBe(Math.round(whole.ascentM));
    expect(session.descentM).toBe(Math.round(whole.descentM));
    expect(session.avgHr).toBe(Math.round(whole.avgHr));
    expect(session.maxHr).toBe(whole.maxHr);
    expect(session.avgPowerW).toBe(Math.round(whole.avgPowerW));
    expect(session.maxPowerW).toBe(whole.maxPowerW);
    expect(session.avgCadence).toBe(Math.round(whole.avgCadence));
    expect(Math.abs(session.avgSpeed! - whole.avgSpeed)).toBeLessThanOrEqual(SPEED_TOL);
    expect(session.maxSpeed).toBeCloseTo(whole.maxSpeed, 3);
    expect(session.calories).toBe(KNOWN_CALORIES);
    expect(session.avgTempC).toBe(20);
    expect(session.utcOffsetS).toBe(utcOffsetS);
    expect(session.legs).toEqual([]);
    expect(session.pool).toBeUndefined();
    expect(session.rrIntervalsS).toBeUndefined();
    expect(session.warnings).toEqual([]);
  });

  test('identity and source name the file, its hash and the device', () => {
    const hash = sha256Hex(bytes);
    expect(session.id).toBe(sessionId(hash, 0));
    expect(session.sources).toEqual([
      {
        format: 'fit',
        file: 'known.fit',
        contentHash: hash,
        sizeBytes: bytes.length,
        device: {
          manufacturer: KNOWN_DEVICE.manufacturer,
          product: String(KNOWN_DEVICE.product),
          serial: String(KNOWN_DEVICE.serialNumber),
          softwareVersion: String(KNOWN_DEVICE.softwareVersion),
        },
      },
    ]);
  });

  test('laps split the track where it was written', () => {
    const bounds = lapBounds(track, laps);
    expect(session.laps).toHaveLength(laps);
    session.laps.forEach((lap, i) => {
      const expected = summarizePoints(track, bounds[i]!, bounds[i + 1]!);
      expect(lap.start).toBe(expected.start);
      expect(lap.elapsedS).toBe(expected.elapsedS);
      expect(lap.movingS).toBe(expected.timerS);
      expect(Math.abs(lap.distanceM! - expected.distanceM)).toBeLessThanOrEqual(DISTANCE_TOL);
      expect(lap.avgHr).toBe(Math.round(expected.avgHr));
      expect(lap.maxPowerW).toBe(expected.maxPowerW);
      expect(lap.sport).toBe(sport);
      expect(lap.trigger).toBe(i === laps - 1 ? 'session_end' : 'distance');
    });
  });

  test('every sample comes back', () => {
    const s = session.streams!;
    const n = track.points.length;
    expect(s.time).toHaveLength(n);
    expect(s.positions?.kind).toBe('semicircles');
    expect(s.extra).toBeUndefined();
    // The running track records power 0 throughout: no power channel (shared/model/unmeasured-channels.ts).
    expect(s.power === undefined).toBe(sport === 'running');
    let worst = { distance: 0, speed: 0, altitude: 0 };
    track.points.forEach((p, i) => {
      expect(s.time[i]).toBe(p.t);
      if (s.positions?.kind !== 'semicircles') throw new Error('positions must be semicircles');
      expect(s.positions.lat[i]).toBe(toSemicircles(p.lat));
      expect(s.positions.lon[i]).toBe(toSemicircles(p.lon));
      expect(s.heartRate![i]).toBe(p.hr);
      if (s.power) expect(s.power[i]).toBe(p.power);
      expect(s.cadence![i]).toBe(p.cadence);
      expect(s.temperature![i]).toBe(p.temperature);
      worst = {
        distance: Math.max(worst.distance, Math.abs(s.distance![i]! - p.distance)),
        speed: Math.max(worst.speed, Math.abs(s.speed![i]! - p.speed)),
        altitude: Math.max(worst.altitude, Math.abs(s.altitude![i]! - p.altitude)),
      };
    });
    expect(worst.distance).toBeLessThanOrEqual(DISTANCE_TOL);
    expect(worst.speed).toBeLessThanOrEqual(SPEED_TOL);
    expect(worst.altitude).toBeLessThanOrEqual(ALTITUDE_TOL);
    // Semicircles round-trip to within 180/2^31 degrees (~1 cm).
    expect(Math.abs(latitudeDegrees(s.positions!, n - 1) - track.points[n - 1]!.lat)).toBeLessThan(180 / 2 ** 31);
  });
});
