import { describe, expect, it } from 'vitest';
import { makeProfile, makeSession, makeStreams } from '../test-support';
import { analyzeSession } from './analyze-session';
import { findClimbs } from './climbs';
import { aerobicDecoupling } from './efficiency';
import { meanMaximalPower } from './power-curve';
import { toChannels } from './channels';

describe('per-session metrics', () => {
  it('builds the mean-maximal power curve from the best window of each duration', () => {
    // 10 min at 150 W with one 60 s block at 400 W in the middle (seconds 300-359).
    const streams = makeStreams(600, { power: (t) => (t >= 300 && t < 360 ? 400 : 150) });
    const curve = meanMaximalPower(toChannels(streams).power!, [1, 60, 120, 600]);
    expect(curve).toEqual([
      { durationS: 1, watts: 400, startS: 300 },
      { durationS: 60, watts: 400, startS: 300 },
      // 120 s: 60 s at 400 + 60 s at 150 = 275 W, first such window starts at 240.
      { durationS: 120, watts: 275, startS: 240 },
      // whole ride: (540 x 150 + 60 x 400) / 600 = 175 W.
      { durationS: 600, watts: 175, startS: 0 },
    ]);
  });

  it('measures aerobic decoupling as the drop in output per beat from the first half to the second', () => {
    // Steady 200 W; HR 140 then 147 bpm: EF 1.428571 then 1.360544, (EF1 - EF2)/EF1 = 7/147 = 4.7619 %.
    const c = toChannels(makeStreams(3600, { power: () => 200, heartRate: (t) => (t < 1800 ? 140 : 147) }));
    expect(aerobicDecoupling(c.power!, c.heartRate!)).toBeCloseTo((7 / 147) * 100, 9);
  });

  it('finds a climb and its VAM (metres gained per hour)', () => {
    // Flat 5 min, then 600 s rising 0.15 m/s (90 m in 10 min: VAM 540 m/h), then flat.
    const c = toChannels(makeStreams(1500, { altitude: (t) => 100 + 0.15 * Math.min(600, Math.max(0, t - 300)) }));
    const [climb, ...rest] = findClimbs(c.altitude!);
    expect(rest).toEqual([]);
    expect(climb!.startS).toBe(300);
    expect(climb!.endS).toBe(900);
    expect(climb!.gainM).toBeCloseTo(90, 4);
    expect(climb!.vam).toBeCloseTo(540, 3);
  });

  it('gives NP, IF, VI and time in Coggan power zones for a session', () => {
    // 30 min at 200 W then 30 min at 300 W, FTP 250. Full 30 s windows: 1771 at 200 W, 29
    // crossing the change (200 + 100j/30 W), 1771 at 300 W: NP = 263.8257 W, IF = 1.055303,
    // VI = NP / 250 W average. Zones: 200 W is Z3 tempo (187.5-225); 300 W is the floor of Z6 (300-375).
    const profile = makeProfile([{ key: 'ftp', value: 250, from: 0 }]);
    const streams = makeStreams(3600, { power: (t) => (t < 1800 ? 200 : 300) });
    const a = analyzeSession(makeSession({ id: 'z', streams }), profile);
    expect(a.normalizedPower).toBeCloseTo(263.8257, 3);
    expect(a.intensityFactor).toBeCloseTo(1.055303, 5);
    expect(a.variabilityIndex).toBeCloseTo(1.055303, 5);
    const power = a.timeInZones.find((z) => z.zones.model === 'power')!;
    expect(power.seconds).toEqual([0, 0, 1800, 0, 0, 1800, 0]);
  });
});
