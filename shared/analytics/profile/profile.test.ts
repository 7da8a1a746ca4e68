import { describe, expect, it } from 'vitest';
import { makeProfile, makeSession, makeStreams } from '../test-support';
import { estimateThresholds } from './estimate';
import { thresholdsAt } from './thresholds-at';
import { hrrZones, hrZones, paceZones, powerZones, zoneIndex } from './zones';

const jan = (y: number) => Date.UTC(y, 0, 1);

describe('thresholdsAt', () => {
  const profile = makeProfile([
    { key: 'ftp', value: 200, from: jan(2019) },
    { key: 'ftp', value: 250, from: jan(2020) },
    { key: 'thresholdHr', value: 165, from: jan(2019) },
    { key: 'thresholdHr', value: 172, from: jan(2019), sport: 'running' },
  ]);

  it('picks the value in force on the date, and a sport-specific one over the general', () => {
    expect(thresholdsAt(profile, Date.UTC(2019, 5, 1)).ftp?.value).toBe(200);
    expect(thresholdsAt(profile, jan(2020)).ftp?.value).toBe(250);
    expect(thresholdsAt(profile, jan(2021), 'running').thresholdHr?.value).toBe(172);
    expect(thresholdsAt(profile, jan(2021), 'cycling').thresholdHr?.value).toBe(165);
    expect(thresholdsAt(profile, jan(2021)).maxHr).toBeNull();
  });

  it('uses the earliest value for a date before it, marked as estimated', () => {
    const t = thresholdsAt(profile, jan(2018));
    expect(t.ftp).toMatchObject({ value: 200, estimated: true });
  });
});

describe('zones', () => {
  const t = thresholdsAt(
    makeProfile([
      { key: 'ftp', value: 250, from: 0 },
      { key: 'thresholdHr', value: 170, from: 0 },
      { key: 'maxHr', value: 190, from: 0 },
      { key: 'restHr', value: 50, from: 0 },
      { key: 'thresholdRunSpeed', value: 4, from: 0 },
    ]),
    0,
  );

  it('puts Coggan power boundaries at 55/75/90/105/120/150 % of FTP', () => {
    const z = powerZones(t)!;
    expect(z.zones.map((x) => x.min)).toEqual([0, 137.5, 187.5, 225, 262.5, 300, 375]);
    expect(zoneIndex(z.zones, 137.49)).toBe(0);
    expect(zoneIndex(z.zones, 137.5)).toBe(1);
    expect(zoneIndex(z.zones, 2000)).toBe(6);
  });

  it('puts HR zones at 68/83/94/105 % of threshold HR and Karvonen zones at 60-90 % of reserve', () => {
    expect(hrZones(t)!.zones.map((x) => x.min)).toEqual(
      [0, 115.6, 141.1, 159.8, 178.5].map((v) => expect.closeTo(v, 9)),
    );
    // rest 50 + 0.6 x (190 - 50) = 134, then 148, 162, 176.
    expect(hrrZones(t)!.zones.map((x) => x.min)).toEqual([0, 134, 148, 162, 176].map((v) => expect.closeTo(v, 9)));
  });

  it('turns Friel pace percentages into speeds: threshold 4 m/s is the floor of zone 5', () => {
    const z = paceZones(t)!.zones;
    expect(z[3]!.min).toBeCloseTo(4 / 1.06, 9);
    expect(z[4]!.min).toBe(4);
  });

  it("uses the athlete's own boundaries when set", () => {
    const z = powerZones(t, { power: [150, 200, 240] })!;
    expect(z.manual).toBe(true);
    expect(z.zones.map((x) => [x.min, x.max])).toEqual([
      [0, 150],
      [150, 200],
      [200, 240],
      [240, Infinity],
    ]);
  });
});

describe('estimateThresholds', () => {
  it('estimates FTP as 95 % of the best 20 minutes and marks every estimate with how', () => {
    // 40 min: 10 min at 150 W, 20 min at 300 W, 10 min at 150 W -> best 20 min 300 W -> FTP 285 W.
    const streams = makeStreams(2400, {
      power: (t) => (t >= 600 && t < 1800 ? 300 : 150),
      heartRate: (t) => (t >= 600 && t < 1800 ? 170 : 130),
    });
    const estimates = estimateThresholds({
      sessions: [makeSession({ id: 'r', streams, maxHr: 199 as never })],
      restingHrs: [48, 50, 52, 55],
    });
    const byKey = new Map(estimates.map((e) => [e.key, e]));
    expect(byKey.get('ftp')).toMatchObject({ value: 285, estimated: true });
    expect(byKey.get('ftp')!.how).toContain('95% of the best 20-minute power, 300 W');
    expect(byKey.get('thresholdHr')!.value).toBe(170);
    // 99th percentile of 2400 HR samples, 1200 of them 170: nearest rank 2376 -> 170 (not the 199 spike in the summary).
    expect(byKey.get('maxHr')!.value).toBe(170);
    expect(byKey.get('restHr')!.value).toBe(48);
  });
});
