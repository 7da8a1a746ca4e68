import { describe, expect, it } from 'vitest';
import { TrainingLog } from './training-log';
import type { LoadEntry } from './training-log';

const entry = (id: string, day: number, load: number): LoadEntry => ({
  id,
  day,
  load,
  sport: 'cycling',
  movingS: 3600,
  distanceM: null,
});

describe('TrainingLog', () => {
  it('drives CTL and ATL toward a constant daily load with 42- and 7-day time constants', () => {
    // Starting from 0, X_t = X_(t-1) + (L - X_(t-1))(1 - e^(-1/N)) gives X after n days = L(1 - e^(-n/N)).
    const L = 100;
    const log = TrainingLog.fromEntries(Array.from({ length: 100 }, (_, d) => entry(`s${d}`, 1000 + d, L)));
    const day10 = log.row(1009)!; // the 10th day of training
    expect(day10.ctl).toBeCloseTo(L * (1 - Math.exp(-10 / 42)), 9); // 21.1872
    expect(day10.atl).toBeCloseTo(L * (1 - Math.exp(-10 / 7)), 9); // 76.0349
    // Form is shown the next day: day 10's TSB is day 9's CTL - ATL.
    expect(day10.tsb).toBeCloseTo(L * (1 - Math.exp(-9 / 42)) - L * (1 - Math.exp(-9 / 7)), 9);
    const day100 = log.row(1099)!;
    expect(day100.ctl).toBeCloseTo(L * (1 - Math.exp(-100 / 42)), 9);
    expect(day100.atl).toBeCloseTo(L * (1 - Math.exp(-100 / 7)), 9); // 99.99994
    // Ramp: CTL gained over the last 7 days = L(e^(-93/42) - e^(-100/42)).
    expect(day100.rampRate).toBeCloseTo(L * (Math.exp(-93 / 42) - Math.exp(-100 / 42)), 9);
    // A steady load: acute and chronic averages are equal, and monotony is undefined (no spread).
    expect(day100.acwrRolling).toBeCloseTo(1, 12);
    expect(day100.monotony).toBeNaN();
    expect(log.row(1026)!.acwrRolling).toBeNaN(); // under 28 days of history
  });

  it('computes Foster monotony and strain for four 100-load days in a week', () => {
    // Days 100,0,100,0,100,0,100: mean 400/7, population SD 100 x sqrt(p(1-p)) with p = 4/7,
    // so monotony = sqrt(p / (1 - p)) = sqrt(4/3) = 1.154701 and strain = 400 x 1.154701 = 461.88.
    const log = TrainingLog.fromEntries([0, 2, 4, 6].map((d) => entry(`s${d}`, 500 + d, 100)));
    const row = log.row(506)!;
    expect(row.monotony).toBeCloseTo(Math.sqrt(4 / 3), 9);
    expect(row.strain).toBeCloseTo(400 * Math.sqrt(4 / 3), 6);
  });

  it('gives the same series after incremental adds, edits and deletes as a full recompute', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const entries = new Map<string, LoadEntry>();
    const log = TrainingLog.fromEntries([]);
    for (let i = 0; i < 400; i++) {
      const r = random();
      const ids = [...entries.keys()];
      if (r < 0.6 || ids.length === 0) {
        const e = entry(`n${i}`, 18_000 + Math.floor(random() * 900) - 100, Math.round(random() * 200));
        entries.set(e.id, e);
        log.upsert(e);
      } else if (r < 0.85) {
        const id = ids[Math.floor(random() * ids.length)]!;
        const e = entry(id, 18_000 + Math.floor(random() * 1200) - 200, Math.round(random() * 200));
        entries.set(id, e);
        log.upsert(e);
      } else {
        const id = ids[Math.floor(random() * ids.length)]!;
        entries.delete(id);
        expect(log.remove(id)).toBe(true);
      }
    }
    const full = TrainingLog.fromEntries(entries.values(), { endDay: log.lastDay });
    // The incremental log may start earlier (a deleted first session leaves its days in place); both are 0 there.
    const rows = log.rows(full.firstDay, full.lastDay);
    expect(rows.length).toBe(full.rows().length);
    for (const [i, expected] of full.rows().entries()) {
      const got = rows[i]!;
      for (const key of ['load', 'ctl', 'atl', 'tsb', 'rampRate', 'acwrEwma', 'monotony', 'strain'] as const) {
        // Sliding sums accumulate rounding differently: agree to 1e-6 load units.
        if (Number.isNaN(expected[key])) expect(got[key]).toBeNaN();
        else expect(got[key]).toBeCloseTo(expected[key], 6);
      }
    }
  });

  it('extends the series to a later day so fitness keeps decaying', () => {
    const log = TrainingLog.fromEntries([entry('a', 100, 420)]);
    log.extendTo(142);
    // After one day of 420: CTL = 420(1 - e^(-1/42)) = 9.8816; 42 rest days later it has decayed by e^(-1).
    expect(log.row(142)!.ctl).toBeCloseTo(420 * (1 - Math.exp(-1 / 42)) * Math.exp(-1), 9);
  });
});

describe('TrainingLog.fromDailyLoads', () => {
  it('gives the same rows as the sessions behind the daily totals', () => {
    const sessions = [entry('a', 100, 50), entry('b', 100, 30.5), entry('c', 103, 80), entry('d', 140, 20)];
    const fromSessions = TrainingLog.fromEntries(sessions, { endDay: 150 });
    const loads = fromSessions.dailyLoads();
    expect(Array.from(loads.subarray(0, 4))).toEqual([80.5, 0, 0, 80]);
    expect(loads).toHaveLength(51); // days 100 to 150, the end day
    // Totals to the last session's day (140) and the end day given again, as stored logs keep them.
    const fromDays = TrainingLog.fromDailyLoads(100, loads.subarray(0, 41), { endDay: 150 });
    expect(fromDays.rows()).toEqual(fromSessions.rows());
    expect(fromDays.size).toBe(0);
  });
});
