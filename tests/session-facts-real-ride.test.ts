// A real ride's facts start with what the session was: Alpe d'Huez
// (elevate__huez.fit: 141.9 km, 6 hours, heart rate throughout, no power),
// read by the importer, analysed and stated in the athlete's units.
import { expect, it } from 'vitest';
import { analyzeSession, sessionFacts, sessionRecord } from '../shared/analytics';
import { makeProfile } from '../shared/analytics/test-support';
import { verifyAnswer } from '../shared/ai';
import type { UnitSystem } from '../shared/model';
import { parseFit } from '../importer';
import { describeWithFixtures, fixture } from './support/fixtures';

const PROFILE = makeProfile([
  { key: 'thresholdHr', value: 165, from: 0 },
  { key: 'maxHr', value: 190, from: 0 },
  { key: 'restHr', value: 50, from: 0 },
]);

function huezFacts(units: UnitSystem) {
  const [session] = parseFit(fixture('fit/elevate__huez.fit'), 'elevate__huez.fit').sessions;
  if (!session) throw new Error('elevate__huez.fit: no session');
  const analysis = analyzeSession(session, PROFILE);
  const facts = sessionFacts({
    session: sessionRecord(session, analysis.load),
    summary: session,
    units,
    analysis,
    history: [],
  });
  return facts.map((f) => ({ ...f, id: f.id.replace(session.id, 'huez') }));
}

const labels = (units: UnitSystem) => huezFacts(units).map((f) => f.label);

describeWithFixtures("a real ride's facts", () => {
  it('begin with its own numbers, then load, time in zones and its climbs, before any comparison', () => {
    expect(labels('metric').slice(0, 13)).toEqual([
      'Duration 6:07:08',
      'Moving time 5:27:44',
      'Distance 141.94 km',
      'Ascent 2052 m',
      'Average heart rate 148 bpm',
      'Maximum heart rate 174 bpm',
      'Average speed 26.0 km/h',
      'Load 387 (hrTSS from heart rate: TRIMP from 19690 s of heart rate over one hour at threshold HR 165 bpm; rest 50, max 190 bpm, k 1.92)',
      'Time in heart-rate zones: Z1 Active recovery 0:02:40 (1%), Z2 Endurance 0:51:19 (16%), Z3 Tempo 2:53:08 (53%), Z4 Threshold 1:40:54 (31%)',
      'Time in heart-rate reserve zones: Z1 Recovery 0:46:25 (14%), Z2 Aerobic 1:12:39 (22%), Z3 Tempo 2:44:33 (50%), Z4 Threshold 0:44:33 (14%)',
      'Climb 1 of 5 (0:01:10 to 0:36:29 into the session): 201 m gained, 342 m/h climbing speed (VAM)',
      'Climb 2 of 5 (0:48:21 to 2:01:14 into the session): 449 m gained, 369 m/h climbing speed (VAM)',
      'Climb 3 of 5 (2:04:32 to 3:38:18 into the session): 1090 m gained, 698 m/h climbing speed (VAM)',
    ]);
    expect(labels('metric')[13]).toBe('Efficiency factor 2.92');
  });

  it("states distance, ascent and speed in the athlete's units", () => {
    expect(labels('imperial').filter((l) => /^(Distance|Ascent|Average speed|Climb 3)/.test(l))).toEqual([
      'Distance 88.20 mi',
      'Ascent 6732 ft',
      'Average speed 16.1 mph',
      'Climb 3 of 5 (2:04:32 to 3:38:18 into the session): 3577 ft gained, 2289 ft/h climbing speed (VAM)',
    ]);
  });

  it("lets an answer's description of the ride be checked and linked to it", () => {
    const answer =
      'You rode 141.9 km in 6:07:08 at 26.0 km/h, climbing 2052 m, 53% of it in tempo; 150 km would be wrong.';
    const numbers = verifyAnswer(answer, huezFacts('metric')).filter((p) => p.kind === 'number');
    expect(numbers.map((n) => [n.text, n.verified])).toEqual([
      ['141.9 km', true],
      ['6:07:08', true],
      ['26.0 km/h', true],
      ['2052 m', true],
      ['53%', true],
      ['150 km', false],
    ]);
    const imperial = verifyAnswer('88.2 mi and 6732 ft', huezFacts('imperial')).filter((p) => p.kind === 'number');
    expect(imperial.map((n) => n.verified)).toEqual([true, true]);
  });
});
