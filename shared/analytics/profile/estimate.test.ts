// Estimates on generated sessions whose thresholds are known, each with the
// faults real files have: power-meter glitches, strap spikes, a faulty strap,
// GPS jumps, a running power pod in a triathlon, and old efforts.
import { describe, expect, it } from 'vitest';
import type { Session, Sport, Streams } from '../../model';
import { epochMs, seconds } from '../../model';
import { blankSummary } from '../../../tests/support/sessions';
import { makeSession, makeStreams } from '../test-support';
import { estimateThresholdsDetailed } from './estimate';

const DAY = 86_400_000;
const JUNE = Date.UTC(2024, 5, 1, 6);

function session(
  id: string,
  daysAfterJune: number,
  streams: Streams,
  sport: Sport = 'cycling',
  extra: Partial<Session> = {},
) {
  return makeSession({ id, sport, start: epochMs(JUNE + daysAfterJune * DAY), streams, ...extra });
}

const byKey = (sessions: Session[], restingHrs?: number[]) => {
  const r = estimateThresholdsDetailed({ sessions, ...(restingHrs ? { restingHrs } : {}) });
  return { get: (k: string) => r.estimates.find((e) => e.key === k), thin: r.thin };
};

describe('thresholds from sessions with known thresholds', () => {
  it('takes FTP from 20 minutes at 300 W; three glitch seconds of 65,535 W count as zero, not as power', () => {
    // 40 min: 10 at 150 W, 20 at 300 W (3 s of them glitched), 10 at 150 W.
    const glitch = new Set([700, 900, 1100]);
    const streams = makeStreams(2400, { power: (t) => (glitch.has(t) ? 65535 : t >= 600 && t < 1800 ? 300 : 150) });
    const ftp = byKey([session('a', 0, streams)]).get('ftp')!;
    // (1197 x 300) / 1200 = 299.25 W; x 0.95 = 284.2875 W. With the glitches as power it would be 442 W.
    expect(ftp.value).toBeCloseTo(284.2875, 6);
    expect(ftp.effort).toEqual({ sessionId: 'a', date: '2024-06-01', value: 299.25, startS: 600, durationS: 1200 });
    expect(ftp.how).toBe('95% of the best 20-minute power, 299 W on 2024-06-01; one session only');
  });

  it('reads max HR as the highest held for 10 s: single-second spikes to 205 and 250 bpm do not set it', () => {
    // 150 bpm, the last minute at 176; spikes of one second at 205 (within bounds) and 250 (beyond them).
    const streams = makeStreams(3600, {
      heartRate: (t) => (t === 1000 ? 205 : t === 2000 ? 250 : t >= 3540 ? 176 : 150),
      power: () => 200,
    });
    const r = byKey([session('a', 0, streams)]);
    expect(r.get('maxHr')!.value).toBe(176);
    // Best 20 minutes: the last 20 minutes, 19 at 150 and 1 at 176: (1140 x 150 + 60 x 176) / 1200 = 151.3.
    expect(r.get('thresholdHr')!.value).toBeCloseTo(151.3, 6);
  });

  it("ignores a faulty strap's heart rate (more than 5 % of it above 220 bpm) and says when nothing else has HR", () => {
    const streams = makeStreams(2400, { heartRate: (t) => (t % 10 === 0 ? 245 : 234), power: () => 200 });
    const r = byKey([session('strap', 0, streams)]);
    expect(r.get('maxHr')).toBeUndefined();
    expect(r.get('thresholdHr')).toBeUndefined();
    expect(r.thin).toContainEqual({ key: 'maxHr', why: 'no session has believable heart rate' });
    expect(r.thin).toContainEqual({
      key: 'thresholdHr',
      why: 'no ride or run has 20 minutes of believable heart rate',
    });
    expect(r.thin).toContainEqual({ key: 'restHr', why: 'no resting heart rate logged in Wellness' });
  });

  it('sets aside a max HR that no other session comes near (over 15 % above), and says so', () => {
    const hr = (top: number) => makeStreams(1800, { heartRate: (t) => (t >= 1700 ? top : 140) });
    const r = byKey([session('a', 0, hr(180)), session('b', 7, hr(178)), session('c', 14, hr(210))]);
    // 210 > 180 x 1.15 = 207: a sensor, not the athlete.
    expect(r.get('maxHr')!.value).toBe(180);
    expect(r.get('maxHr')!.how).toBe(
      'highest heart rate held for 10 seconds, 180 bpm on 2024-06-01; set aside 210 bpm on 2024-06-15, 17% above any other session',
    );
  });

  it('prefers the last year: a 320 W ride two years before the newest session gives way to a 280 W one', () => {
    const ride = (watts: number) => makeStreams(1800, { power: () => watts });
    const r = byKey([session('old', -730, ride(320)), session('new', 0, ride(280))]);
    expect(r.get('ftp')!.value).toBeCloseTo(266, 9);
    expect(r.get('ftp')!.effort!.sessionId).toBe('new');
    // Only old efforts: used, and said so.
    const old = byKey([
      session('old', -730, ride(320)),
      session('run', 0, makeStreams(600, { speed: () => 3 }), 'running'),
    ]);
    expect(old.get('ftp')!.how).toBe(
      '95% of the best 20-minute power, 320 W on 2022-06-02; nothing in the last year, so an older effort; one session only',
    );
  });

  it("takes FTP from a triathlon's bike leg only: the run leg's 400 W running power is not cycling FTP", () => {
    const streams = makeStreams(3600, { power: (t) => (t < 1800 ? 250 : 400) });
    const legs = [
      { ...blankSummary({ sport: 'cycling', start: epochMs(JUNE), elapsedS: seconds(1800) }), laps: [] },
      { ...blankSummary({ sport: 'running', start: epochMs(JUNE + 1_800_000), elapsedS: seconds(1800) }), laps: [] },
    ];
    const r = byKey([session('tri', 0, streams, 'multisport', { legs })]);
    expect(r.get('ftp')!.value).toBeCloseTo(237.5, 9);
  });

  it('takes threshold run speed from 30 minutes at 4 m/s, a 2-second GPS jump to 50 m/s left out; too short a run is thin', () => {
    const run = makeStreams(2400, { speed: (t) => (t === 100 || t === 101 ? 50 : 4) });
    expect(byKey([session('run', 0, run, 'running')]).get('thresholdRunSpeed')!.value).toBe(4);
    const short = byKey([session('run', 0, makeStreams(1500, { speed: () => 4 }), 'running')]);
    expect(short.get('thresholdRunSpeed')).toBeUndefined();
    expect(short.thin).toContainEqual({ key: 'thresholdRunSpeed', why: 'no run has 30 minutes of believable speed' });
  });

  it('takes resting HR as the 5th percentile of wellness readings', () => {
    const r = byKey([session('a', 0, makeStreams(60, { power: () => 100 }))], [48, 50, 52, 55]);
    expect(r.get('restHr')).toMatchObject({
      value: 48,
      how: '5th percentile of 4 daily resting heart rates',
      effort: null,
    });
  });
});
