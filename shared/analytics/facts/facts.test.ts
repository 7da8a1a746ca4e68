import { describe, expect, it } from 'vitest';
import { TrainingLog } from '../days/training-log';
import type { RecordHistory } from '../days/records';
import { recordProgression } from '../days/records';
import type { LoadScore } from '../session/score-load';
import { periodFacts } from './period-facts';
import { sessionFacts } from './session-facts';
import { similarSessions } from './similar-sessions';
import type { SessionRecord } from './types';

const load = (value: number): LoadScore => ({ value, method: 'hr-tss', basis: 'test', estimated: false });
const run = (id: string, day: number, movingS: number, avgHr: number, avgSpeed: number, l: number): SessionRecord => ({
  id,
  day,
  sport: 'running',
  movingS,
  distanceM: avgSpeed * movingS,
  avgHr,
  avgSpeed,
  avgPowerW: null,
  load: load(l),
});

describe('facts', () => {
  const today = run('now', 1000, 3600, 150, 3.3, 80);
  const history = [
    run('old1', 960, 3300, 155, 3.0, 70), // similar
    run('old2', 990, 4400, 157, 3.0, 90), // similar (within 25 %: 4400 <= 4500)
    run('long', 995, 5000, 150, 3.0, 120), // too long
    run('ancient', 900, 3600, 160, 3.0, 70), // over 90 days before
  ];

  it('compares only with same-sport sessions of similar duration in the previous 90 days', () => {
    expect(similarSessions(today, history).map((s) => s.id)).toEqual(['old1', 'old2']);
  });

  it('states each comparison with a stable id and the sessions behind it', () => {
    const facts = sessionFacts({ session: today, history });
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('session.now.load')).toMatchObject({ value: 80, unit: 'load', sessionIds: ['now'] });
    expect(byId.get('session.now.load')!.label).toMatch(/^Load 80 \(hrTSS from heart rate: /);
    expect(byId.get('session.now.similar.count')).toMatchObject({ value: 2, sessionIds: ['old1', 'old2'] });
    // Load 80 vs mean 80: +0 %. Speed 3.3 vs 3.0: +10 %. HR 150 vs 156: -3.8 %.
    expect(byId.get('session.now.similar.load')!.value).toBe(0);
    expect(byId.get('session.now.similar.speed')).toMatchObject({
      value: 10,
      unit: '%',
      sessionIds: ['now', 'old1', 'old2'],
    });
    expect(byId.get('session.now.similar.hr')!.value).toBe(-3.8);
    // Beats per m/s: 150/3.3 = 45.4545 vs mean(51.6667, 52.3333) = 52: -12.6 %.
    expect(byId.get('session.now.similar.hr-per-speed')!.value).toBe(-12.6);
    expect(sessionFacts({ session: today, history })).toEqual(facts); // deterministic
  });

  it('reports a record the session set, citing the record it beat', () => {
    const records: RecordHistory[] = recordProgression([
      {
        key: 'running.distance.5000',
        label: 'running 5 km',
        sessionId: 'old1',
        day: 960,
        value: 1300,
        unit: 's',
        better: 'lower',
      },
      {
        key: 'running.distance.5000',
        label: 'running 5 km',
        sessionId: 'now',
        day: 1000,
        value: 1250,
        unit: 's',
        better: 'lower',
      },
    ]);
    const f = sessionFacts({ session: today, history, records }).find(
      (x) => x.id === 'session.now.record.running.distance.5000',
    );
    expect(f).toMatchObject({
      value: 1250,
      unit: 's',
      label: 'Personal record: running 5 km 20:50',
      sessionIds: ['now', 'old1'],
    });
  });

  it('sums a week against the previous weeks and states form at its end', () => {
    const all = [today, ...history];
    const log = TrainingLog.fromEntries(
      all.map((s) => ({
        id: s.id,
        day: s.day,
        load: s.load!.value,
        sport: s.sport,
        movingS: s.movingS,
        distanceM: s.distanceM,
      })),
    );
    const facts = periodFacts({ fromDay: 994, toDay: 1000, sessions: all, log });
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(facts[0]!.id.startsWith('week.')).toBe(true);
    const week = facts[0]!.id.split('.').slice(0, 2).join('.');
    expect(byId.get(`${week}.load`)).toMatchObject({ value: 200, sessionIds: ['now', 'long'] });
    // Previous 6 weeks (days 952-993) hold old1 and old2: 160 load, 26.67 per week: +650 %.
    expect(byId.get(`${week}.vs-normal.load`)!.value).toBe(650);
    expect(byId.get(`${week}.form.ctl`)!.value).toBe(Math.round(log.row(1000)!.ctl * 10) / 10);
  });

  it("states a week's distance in the athlete's units", () => {
    const sessions = [today, ...history];
    const distance = (units: 'metric' | 'imperial') =>
      periodFacts({ fromDay: 994, toDay: 1000, sessions, units }).find((f) => f.id.endsWith('.distance'));
    // 3.3 m/s for 3600 s and 3.0 m/s for 5000 s: 26,880 m.
    expect(distance('metric')).toMatchObject({ value: 26.9, unit: 'km', label: '26.9 km' });
    expect(distance('imperial')).toMatchObject({ value: 16.7, unit: 'mi', label: '16.7 mi' });
  });
});
