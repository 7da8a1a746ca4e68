// The FIT SDK's sample workout (fitparse__WorkoutIndividualSteps.fit, MANIFEST.md:
// "planned workout, not an activity"): "Example 1", 4 steps, as the Garmin SDK
// decodes it: 60 s warm-up in HR zone 2; two 500 m active steps in power zones
// 5 and 3; a cool-down in power zone 1 that ends when HR drops below 125 bpm.
import { expect, test } from 'vitest';
import { describeWithFixtures, fixture } from '../../tests/support/fixtures';
import { parseFit } from './parse-fit';

const NAME = 'fitparse__WorkoutIndividualSteps.fit';

describeWithFixtures('a FIT workout file', () => {
  test('becomes a planned workout with its steps, and says what it could not keep', () => {
    const r = parseFit(fixture(`fit/non-activity/${NAME}`), NAME, 'hash');
    expect(r.sessions).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.workouts).toEqual([
      {
        file: NAME,
        contentHash: 'hash',
        title: 'Example 1',
        sport: 'other',
        steps: [
          { durationS: 60, target: { kind: 'hr-zone', zone: 2 }, intensity: 'warmup', label: '_A_' },
          { distanceM: 500, target: { kind: 'power-zone', zone: 5 }, intensity: 'work', label: 'B1_' },
          { distanceM: 500, target: { kind: 'power-zone', zone: 3 }, intensity: 'work', label: 'B2_' },
          { target: { kind: 'power-zone', zone: 1 }, intensity: 'cooldown', label: '_C_' },
        ],
      },
    ]);
    expect(r.warnings).toEqual([
      { file: NAME, code: 'unsupported', message: `${NAME}: step 4 ends on hrLessThan; it is kept as "until lap"` },
    ]);
  });
});
