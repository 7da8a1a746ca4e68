import { describe, expect, it } from 'vitest';
import type { Fact } from '../analytics/facts/types';
import { verifyAnswer } from './verify-numbers';

const fact = (
  id: string,
  value: number | string,
  unit: string,
  label: string,
  sessionIds: string[] = ['s1'],
): Fact => ({ id, value, unit, label, sessionIds });

/** Each number the answer states: [as written, verified, fact ids]. */
function numbers(text: string, facts: readonly Fact[]) {
  const parts = verifyAnswer(text, facts);
  expect(parts.map((p) => p.text).join('')).toBe(text); // nothing lost or added
  return parts.flatMap((p) => (p.kind === 'number' ? [[p.text, p.verified, p.factIds] as const] : []));
}

describe('verifyAnswer on a realistic session summary', () => {
  const facts: Fact[] = [
    fact('session.s1.load', 84.6, 'power-tss', 'Load 85 (power-tss: FTP 280 W)'),
    fact('session.s1.np', 245.37, 'W', 'Normalized power 245 W'),
    fact('session.s1.if', 0.82, '', 'Intensity factor 0.82'),
    fact('session.s1.decoupling', 3.4, '%', 'Aerobic decoupling 3.4% (second half vs first)'),
    fact('session.s1.similar.count', 3, 'sessions', '3 similar cycling sessions in the previous 90 days', [
      's2',
      's3',
      's4',
    ]),
    fact('session.s1.similar.hr', -3.8, '%', 'Average heart rate -4% vs similar sessions', ['s1', 's2', 's3', 's4']),
    fact('session.s1.record.running.distance.5000', 1250, 's', 'Personal record: running 5 km 20:50', ['s1', 's0']),
    fact('session.s1.form.tsb', -12.3, 'load/day', "Form (TSB, yesterday's CTL - ATL) -12"),
    fact('week.2024-06-03.distance', 42.2, 'km', '42.2 km', ['s1', 's5']),
    fact('week.2024-06-03.time', 7.52, 'h', '7.5 h moving', ['s1', 's5']),
  ];
  const answer =
    '1. Normalized power was 245 W (IF 0.82), and your heart rate ran 3.8% lower than in your 3 similar rides.\n' +
    '2. You set a 5 km best of 20:50 on June 3.\n' +
    'Form is -12 after 42.2 km and 7.5 h this week; decoupling stayed at 3.4%. On 2024-06-03 you also held 260 W for 20 min.';

  it('verifies each number backed by a fact and flags the rest, leaving list markers and dates as text', () => {
    expect(numbers(answer, facts)).toEqual([
      ['245 W', true, ['session.s1.np']],
      ['0.82', true, ['session.s1.if']],
      ['3.8%', true, ['session.s1.similar.hr']],
      ['3', true, ['session.s1.similar.count']],
      ['5 km', true, ['session.s1.record.running.distance.5000']],
      ['20:50', true, ['session.s1.record.running.distance.5000']],
      ['-12', true, ['session.s1.form.tsb']],
      ['42.2 km', true, ['week.2024-06-03.distance']],
      ['7.5 h', true, ['week.2024-06-03.time']],
      ['3.4%', true, ['session.s1.decoupling']],
      ['260 W', false, []],
      ['20 min', false, []],
    ]);
  });

  it('links a verified number to the sessions behind its facts, each once', () => {
    const parts = verifyAnswer('Heart rate was 3.8% lower than in 3 similar rides.', facts);
    const hr = parts.find((p) => p.kind === 'number' && p.text === '3.8%');
    expect(hr).toEqual({
      kind: 'number',
      text: '3.8%',
      verified: true,
      factIds: ['session.s1.similar.hr'],
      sessionIds: ['s1', 's2', 's3', 's4'],
    });
  });

  it('returns the whole text as one part when it states no number', () => {
    expect(verifyAnswer('A steady, easy ride.', facts)).toEqual([{ kind: 'text', text: 'A steady, easy ride.' }]);
  });
});

describe('tolerance by unit', () => {
  it('reads watts to the precision written: 245 W for 245.37 W, not 247 W', () => {
    const facts = [fact('np', 245.37, 'W', 'Normalized power')];
    expect(numbers('245 W, 245.4 W, 247 W, 245', facts).map(([t, v]) => [t, v])).toEqual([
      ['245 W', true],
      ['245.4 W', true],
      ['247 W', false],
      ['245', true],
    ]);
  });

  it('converts kilometres, metres and miles, to the decimals written', () => {
    const facts = [fact('d', 42195, 'm', 'Distance')];
    expect(numbers('42.2 km, 42 km, 42.5 km, 26.2 miles, 42,195 m, 42.2 m', facts).map(([t, v]) => [t, v])).toEqual([
      ['42.2 km', true],
      ['42 km', true],
      ['42.5 km', false],
      ['26.2 miles', true],
      ['42,195 m', true],
      ['42.2 m', false],
    ]);
  });

  it('allows one percentage point, keeps the sign when one is written', () => {
    const facts = [fact('p', 12.6, '%', 'Load vs normal')];
    expect(numbers('12%, 13.5%, +13%, -13%, 14%', facts).map(([t, v]) => [t, v])).toEqual([
      ['12%', true],
      ['13.5%', true],
      ['+13%', true],
      ['-13%', false],
      ['14%', false],
    ]);
  });

  it('compares durations to the second, in clock or words, against seconds or hours', () => {
    const seconds = [fact('t', 5025, 's', 'Moving time')];
    expect(numbers('1:23:45, 1:23:46, 1h 24min, 1h24, 1.4 h, 84 minutes', seconds).map(([t, v]) => [t, v])).toEqual([
      ['1:23:45', true],
      ['1:23:46', false],
      ['1h 24min', true],
      ['1h24', true],
      ['1.4 h', true],
      ['84 minutes', true],
    ]);
    const hours = [fact('w', 7.52, 'h', 'Week time')];
    expect(numbers('7:31 this week, 7:45, 7.5 hours', hours).map(([t, v]) => [t, v])).toEqual([
      ['7:31', true], // read as h:mm
      ['7:45', false],
      ['7.5 hours', true],
    ]);
  });

  it('reads a pace against a speed fact', () => {
    const facts = [fact('v', 3.7, 'm/s', 'Average speed')];
    expect(numbers('4:30/km, 4:40/km, 7:15/mi, 13.3 km/h', facts).map(([t, v]) => [t, v])).toEqual([
      ['4:30/km', true],
      ['4:40/km', false],
      ['7:15/mi', true],
      ['13.3 km/h', true],
    ]);
  });

  it('takes an unsigned number as the size of a negative fact, but not a wrong sign', () => {
    const facts = [fact('tsb', -12.3, 'load/day', 'Form')];
    expect(numbers('TSB -12, down 12, TSB +12', facts).map(([t, v]) => [t, v])).toEqual([
      ['-12', true],
      ['12', true],
      ['+12', false],
    ]);
  });

  it('verifies numbers a fact states only in its label, ranges included', () => {
    const facts = [
      fact('plan.load', 85, '%', 'Load 85% of the 240 planned', []),
      fact('plan.step', 'intervals', '', 'Step 2: 10 min at 200-220 W', []),
    ];
    expect(
      numbers('85% of the planned 240, with 10 min at 200-220 W but not 230 W', facts).map(([t, v]) => [t, v]),
    ).toEqual([
      ['85%', true],
      ['240', true],
      ['10 min', true],
      ['200', true],
      ['220 W', true],
      ['230 W', false],
    ]);
  });

  it('does not let a number with a unit match a fact of another kind', () => {
    const facts = [fact('load', 80, 'load', 'Load 80')];
    expect(numbers('80 km, 80 TSS, 80', facts).map(([t, v]) => [t, v])).toEqual([
      ['80 km', false],
      ['80 TSS', true],
      ['80', true],
    ]);
  });
});

describe('numbers that are not claims stay text', () => {
  it('leaves dates, years, times of day, ordinals, list markers and zone names alone', () => {
    const text =
      '1. On 2024-06-03, June 3, 3 June 2024 and 03/06/2024, in 2024, at 6:30 am: your 3rd interval in zone 2 and a Z2 ride.\n2) Q4 of VO2max';
    expect(numbers(text, [])).toEqual([]);
    expect(numbers('The week of June 3\u20139 (3-9 June), week 23, day 3 of the block.', [])).toEqual([]);
  });

  it('keeps a year-like number that carries a unit', () => {
    expect(numbers('2000 m of climbing', [fact('c', 2000, 'm', 'Climbing')])).toEqual([['2000 m', true, ['c']]]);
  });
});
