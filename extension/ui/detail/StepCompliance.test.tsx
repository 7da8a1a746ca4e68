import { describe, expect, it } from 'vitest';
import { thresholdsAt } from '../../../shared/analytics';
import { makeProfile, makeStreams } from '../../../shared/analytics/test-support';
import { epochMs, type Lap, seconds } from '../../../shared/model';
import { saveRecord, type SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { useFreshDbOn } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { mount, textsOf, waitFor } from '../test-support/render';
import { knownSession, START, storedRow } from '../test-support/sessions';
import { makeFormat } from '../units/format';
import { StepCompliance } from './StepCompliance';

let db: SessionsDb;
useFreshDbOn(START, (fresh) => (db = fresh));

const lap = (fromS: number, elapsedS: number): Lap => ({
  ...knownSession('lap', 0, { start: epochMs(START + fromS * 1000), elapsedS: seconds(elapsedS) }),
  trigger: 'manual',
});

// 10 min at 140 W, then 5 min: 4 min at 260 W, 1 min at 240 W.
const STREAMS = makeStreams(900, { power: (t) => (t < 600 ? 140 : t < 840 ? 260 : 240) });
const T = thresholdsAt(makeProfile([{ key: 'ftp', value: 250, from: 0 }]), START);

function detail(laps: readonly Lap[]) {
  const row = storedRow(knownSession('ride', 0, { laps, elapsedS: seconds(900), movingS: seconds(900) }));
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat('metric', 'en-GB')}>
        <StepCompliance session={row} streams={STREAMS} thresholds={T} date="2024-06-01" />
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

describe('time in target per step in the session detail', () => {
  it('shows each step of the matched plan beside its lap and its time in target', async () => {
    await saveRecord(db, 'plans', {
      id: 'p',
      date: '2024-06-01',
      sport: 'cycling',
      title: 'Openers',
      targetDurationS: 900,
      steps: [
        { durationS: 600, target: { kind: 'ftp', low: 0.5, high: 0.6 }, intensity: 'warmup' },
        { durationS: 300, target: { kind: 'power', low: 250, high: 275 }, intensity: 'work' },
      ],
    });
    const root = detail([lap(0, 600), lap(600, 300)]);
    await waitFor(() => expect(textsOf(root, 'caption')).toEqual(['Time in target per step of “Openers”']));
    expect(Array.from(root.querySelectorAll('tbody tr'), (tr) => textsOf(tr, 'th, td'))).toEqual([
      ['1', '0:10:00', '50–60 % FTP', '0:10:00', '0:10:00 (100 %)'],
      ['2', '0:05:00', '250 W – 275 W', '0:05:00', '0:04:00 (80 %)'],
    ]);
  });

  it('says which lap does not line up, and shows nothing without a plan with steps', async () => {
    await saveRecord(db, 'plans', {
      id: 'p',
      date: '2024-06-01',
      sport: 'cycling',
      steps: [{ durationS: 600 }, { durationS: 300 }],
    });
    const root = detail([lap(0, 400), lap(400, 500)]);
    await waitFor(() =>
      expect(root.textContent).toBe(
        'Workout stepsThe laps do not line up with the steps of the planned workout (lap 1 lasted 400 s against 600 s planned), so time in target cannot be shown per step.',
      ),
    );
    await saveRecord(db, 'plans', { id: 'p', date: '2024-06-01', sport: 'cycling', targetDurationS: 900 });
    await waitFor(() => expect(root.textContent).toBe(''));
  });
});
