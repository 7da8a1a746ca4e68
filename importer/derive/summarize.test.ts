import { describe, expect, it } from 'vitest';
import { epochMs } from '../../shared/model';
import type { Streams } from '../../shared/model';
import { makeKnownTrack } from '../../tests/support/known-track';
import type { KnownTrack } from '../../tests/support/known-track';
import { HYSTERESIS_M } from './ascent';
import { SPEED_WINDOW_S } from './moving';
import { deriveSummary, rangeSummarizer } from './summarize';

function streamsOf(track: KnownTrack, withDistance: boolean): Streams {
  const p = track.points;
  const col = (f: (i: number) => number) => Float32Array.from(p, (_, i) => f(i));
  return {
    time: Float64Array.from(p, (q) => q.t),
    positions: {
      kind: 'degrees',
      lat: Float64Array.from(p, (q) => q.lat),
      lon: Float64Array.from(p, (q) => q.lon),
    },
    ...(withDistance ? { distance: Float64Array.from(p, (q) => q.distance) } : {}),
    altitude: col((i) => p[i]!.altitude),
    heartRate: col((i) => p[i]!.hr),
    power: col((i) => p[i]!.power),
    cadence: col((i) => p[i]!.cadence),
    temperature: col((i) => p[i]!.temperature),
  };
}

// One hour of 1 Hz riding with a 5-minute timer pause after 20 minutes.
const track = makeKnownTrack({ seconds: 3600, pause: { at: 1200, seconds: 300 } });
const pts = track.points;
const afterPause = pts.findIndex((q) => q.t >= 1500);

/** Mean of a field over the samples that stand for a moving second: all but the first and the one after the pause. */
function movingMean(field: (q: (typeof pts)[number]) => number): number {
  let sum = 0;
  let n = 0;
  pts.forEach((q, i) => {
    if (i === 0 || i === afterPause) return;
    sum += field(q);
    n++;
  });
  return sum / n;
}

/** Sum of the rises of the exact altitude samples, and how many separate climbs there are. */
function trueClimb(): { rise: number; climbs: number } {
  let rise = 0;
  let climbs = 0;
  let climbing = false;
  for (let i = 1; i < pts.length; i++) {
    const d = pts[i]!.altitude - pts[i - 1]!.altitude;
    if (d > 0) rise += d;
    if (d > 0 && !climbing) climbs++;
    climbing = d > 0;
  }
  return { rise, climbs };
}

describe('deriveSummary on the known track', () => {
  for (const withDistance of [false, true]) {
    const label = withDistance ? 'from the distance channel' : 'from positions (haversine)';
    const s = deriveSummary(streamsOf(track, withDistance), epochMs(track.start), 'cycling', 'road');

    it(`distance ${label}`, () => {
      // The track runs along a meridian, where haversine is exact: only float rounding differs (< 1 mm).
      expect(s.distanceM).toBeCloseTo(pts.at(-1)!.distance, 3);
    });

    it(`excludes the timer pause from moving time ${label}`, () => {
      expect(s.elapsedS).toBe(3599);
      // 3599 s from first to last sample; the 301 s interval across the pause is not moving.
      expect(s.movingS).toBe(3599 - 301);
    });

    it(`averages over moving seconds and takes maxima over all samples ${label}`, () => {
      expect(s.avgHr).toBeCloseTo(
        movingMean((q) => q.hr),
        9,
      );
      expect(s.maxHr).toBe(Math.max(...pts.map((q) => q.hr)));
      expect(s.avgPowerW).toBeCloseTo(
        movingMean((q) => q.power),
        9,
      );
      expect(s.maxPowerW).toBe(Math.max(...pts.map((q) => q.power)));
      expect(s.avgCadence).toBe(90);
      expect(s.avgTempC).toBe(20);
      expect(s.avgSpeed).toBeCloseTo(pts.at(-1)!.distance / (3599 - 301), 6);
      // Max over 5 s spans of a speed that changes by at most 5/60 m/s in 5 s: within 0.01 m/s of the top sample.
      expect(s.maxSpeed).toBeGreaterThan(Math.max(...pts.map((q) => q.speed)) - 0.01);
      expect(s.maxSpeed).toBeLessThanOrEqual(Math.max(...pts.map((q) => q.speed)) + 1e-9);
      expect(s.start).toBe(track.start);
    });
  }

  it('counts the sinusoid climbs to within the hysteresis at each end of each climb', () => {
    const s = deriveSummary(streamsOf(track, false), epochMs(track.start), 'cycling', 'road');
    const { rise, climbs } = trueClimb();
    // 3 periods of a 100 m swing, less the pause: about 287 m of rise in 4 climbs.
    expect(rise).toBeGreaterThan(250);
    expect(s.ascentM).toBeLessThanOrEqual(rise + 1e-3);
    expect(s.ascentM).toBeGreaterThanOrEqual(rise - 2 * HYSTERESIS_M * climbs);
    expect(s.descentM).toBeGreaterThan(0);
  });
});

describe('rangeSummarizer', () => {
  it('laps that share boundary samples add up to the session', () => {
    const streams = streamsOf(track, false);
    const summarizer = rangeSummarizer(streams, epochMs(track.start));
    const cut = 600;
    const a = summarizer.summarize(0, cut, 'cycling', 'road');
    const b = summarizer.summarize(cut, pts.length - 1, 'cycling', 'road');
    const all = summarizer.summarize(0, pts.length - 1, 'cycling', 'road');
    expect(a.elapsedS + b.elapsedS).toBe(all.elapsedS);
    expect(a.movingS + b.movingS).toBe(all.movingS);
    expect(a.distanceM! + b.distanceM!).toBeCloseTo(all.distanceM!, 6);
    expect(b.start).toBe(track.start + pts[cut]!.t * 1000);
  });

  it('values gives just the fields asked for, each as the whole summary has it', () => {
    const summarizer = rangeSummarizer(streamsOf(track, false), epochMs(track.start));
    const last = pts.length - 1;
    const all = summarizer.summarize(200, last, 'cycling', 'road');
    expect(summarizer.values(200, last, new Set(['avgSpeed', 'maxHr', 'calories']))).toEqual({
      avgSpeed: all.avgSpeed,
      maxHr: all.maxHr,
      calories: null,
    });
    expect(summarizer.values(200, last, new Set(['movingS']))).toEqual({ movingS: all.movingS });
  });

  it('without distance, positions or speed, only recording gaps longer than 30 s are stops', () => {
    const time = Float64Array.from([0, 1, 2, 3, 63, 64, 65]);
    const heartRate = Float32Array.from([100, 110, 120, 130, 90, 140, 150]);
    const s = deriveSummary({ time, heartRate }, epochMs(0), 'training', 'indoor');
    expect(s.elapsedS).toBe(65);
    expect(s.movingS).toBe(5);
    expect(s.distanceM).toBeNull();
    expect(s.avgSpeed).toBeNull();
    // Moving samples 1, 2, 3, 5, 6 each stand for one second.
    expect(s.avgHr).toBe((110 + 120 + 130 + 140 + 150) / 5);
    expect(s.maxHr).toBe(150);
    expect(s.avgPowerW).toBeNull();
  });

  it('a watch lying still for two minutes, jumping 2 m back and forth, is not moving', () => {
    const n = 301;
    const time = Float64Array.from({ length: n }, (_, i) => i);
    const lat = new Float64Array(n);
    const lon = new Float64Array(n).fill(6);
    // 3 m/s north for 90 s, then 120 s in place with 2 m of jitter each second, then 3 m/s again.
    const step = 1 / 111_195; // degrees of latitude per metre, near enough for a threshold test
    let y = 0;
    for (let i = 1; i < n; i++) {
      if (i > 90 && i <= 210) lat[i] = 45 + (y + (i % 2) * 2) * step;
      else lat[i] = 45 + (y += 3) * step;
    }
    const s = deriveSummary({ time, positions: { kind: 'degrees', lat, lon } }, epochMs(0), 'running', 'generic');
    // The 120 s in place are stopped, give or take half the 10 s window at each edge of the stop.
    expect(Math.abs(s.movingS - 180)).toBeLessThanOrEqual(SPEED_WINDOW_S);
    // The path length still counts the jitter: 2 m a second for 120 s on top of 540 m.
    expect(s.distanceM).toBeGreaterThan(540 + 200);
  });
});
