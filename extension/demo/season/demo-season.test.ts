import { describe, expect, it } from 'vitest';
import { isoDateToDay, weekStartDay } from '../../../shared/analytics';
import { streamLength } from '../../../shared/model';
import { generateDemoSeason } from './demo-season';

// A Friday: the season runs from Monday 2026-08-10 to Sunday 2026-11-29.
const TODAY = '2026-11-27';
const season = generateDemoSeason({ today: TODAY, utcOffsetS: 3600 });
const HOUR_MS = 3_600_000;

const planDone = (planId: string) => season.sessions.some((s) => s.id === planId.replace('demo-plan-', 'demo-'));
const weekOf = (date: string) => (weekStartDay(isoDateToDay(date)) - weekStartDay(isoDateToDay('2026-08-10'))) / 7;

describe('the demo season', () => {
  it('holds 16 weeks of plans, the sessions done before today, daily wellness and the thresholds', () => {
    expect(season.plans).toHaveLength(88);
    expect(season.plans[0]!.date).toBe('2026-08-11');
    expect(season.plans.at(-1)!.date).toBe('2026-11-29');
    expect(season.sessions).toHaveLength(74);
    expect(season.sessions.map((s) => s.sport).sort()).toEqual([
      ...Array<string>(27).fill('cycling'),
      ...Array<string>(33).fill('running'),
      ...Array<string>(14).fill('swimming'),
    ]);
    expect(season.wellness).toHaveLength(103);
    expect(season.wellness[0]!.date).toBe('2026-08-10');
    expect(season.wellness.at(-1)!.date).toBe('2026-11-26');
    expect(season.thresholds.filter((t) => t.key === 'ftp').map((t) => t.value)).toEqual([215, 228]);
  });

  it('is the same season every time for the same day', () => {
    const again = generateDemoSeason({ today: TODAY, utcOffsetS: 3600 });
    expect(again).toEqual(season);
    expect(season.sessions.reduce((sum, s) => sum + s.movingS, 0)).toBe(282_403);
    const last = season.sessions.at(-1)!;
    expect(last).toMatchObject({ id: 'demo-2026-11-26-swimming', title: 'CSS swim 10 × 2 min', rpe: 6 });
    expect(last.distanceM).toBeCloseTo(2549.974, 3);
    expect(last.avgHr).toBeCloseTo(146.152, 3);
  });

  it('leaves today and the rest of the week planned but not done, and misses some past sessions', () => {
    const ahead = season.plans.filter((p) => p.date >= TODAY);
    expect(ahead.map((p) => p.title)).toEqual(['Tempo run', 'Long ride', 'Long run']);
    expect(ahead.some((p) => planDone(p.id))).toBe(false);
    expect(season.plans.filter((p) => p.date < TODAY && !planDone(p.id))).toHaveLength(11);
  });

  it('builds volume week on week, with every fourth week a recovery week', () => {
    const hours = Array.from(
      { length: 16 },
      (_, week) =>
        season.plans.filter((p) => weekOf(p.date) === week).reduce((sum, p) => sum + p.targetDurationS!, 0) / 3600,
    );
    expect(hours.map((h) => h.toFixed(2))).toEqual([
      '4.68',
      '4.88',
      '5.12',
      '3.22',
      '5.55',
      '5.78',
      '5.98',
      '3.72',
      '7.38',
      '7.53',
      '7.78',
      '5.33',
      '8.12',
      '8.35',
      '8.57',
      '5.78',
    ]);
  });

  it('makes each session whole: 1 Hz samples its summary and laps agree with, outdoors a route', () => {
    for (const s of season.sessions) {
      const n = streamLength(s.streams!);
      // Summarised as the importer summarises a recording: from the first sample's time to the last's.
      expect(s.elapsedS).toBe(n - 1);
      expect(s.laps.reduce((sum, lap) => sum + lap.elapsedS, 0)).toBe(n - 1);
      expect(s.distanceM).toBeCloseTo(s.streams!.distance![n - 1]! - s.streams!.distance![0]!, 6);
      expect(s.streams!.power !== undefined).toBe(s.sport === 'cycling');
      expect(s.streams!.positions !== undefined).toBe(s.sport !== 'swimming');
    }
  });

  it('starts sessions at local hours in the given time zone', () => {
    const ride = season.sessions.find((s) => s.id === 'demo-2026-11-21-cycling')!;
    // The Saturday long ride starts at 08:00 local, UTC+1.
    expect(ride.start).toBe(Date.UTC(2026, 10, 21, 8) - HOUR_MS);
    expect(ride.utcOffsetS).toBe(3600);
  });

  it('logs resting HR falling and HRV rising as the season goes on', () => {
    const mean = (days: typeof season.wellness, key: 'restingHr' | 'hrvRmssd') =>
      days.reduce((sum, d) => sum + d[key]!, 0) / days.length;
    const [first, last] = [season.wellness.slice(0, 28), season.wellness.slice(-28)];
    expect(mean(last, 'restingHr')).toBeLessThan(mean(first, 'restingHr') - 2);
    expect(mean(last, 'hrvRmssd')).toBeGreaterThan(mean(first, 'hrvRmssd') + 4);
  });
});
