import { describe, expect, it } from 'vitest';
import { makeStreams } from '../../../shared/analytics/test-support';
import { epochMs, seconds, type Session } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import { readThresholdSuggestions, refreshThresholdEstimates, type SessionsDb } from '../../db';
import { plantRows, tableRows, toSessionRow } from '../../db/test-support/tables';
import { useFreshDbOn } from '../test-support/fresh-db';
import { byText, waitFor } from '../test-support/render';
import { localDay } from '../../../shared/analytics';
import { readStoredTraining, updateTrainingLog } from '../../db';
import { trainingPicture } from '../today/training-picture';
import { mountSettings } from './settings-test-support';

const NOW = Date.UTC(2024, 5, 11, 15);
let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

/** 40 minutes: 10 at 150 W, 20 at `watts`, 10 at 150 W; its best 20 minutes is `watts`. */
function ride(id: string, start: number, watts: number): Session {
  return makeSession({
    id,
    start: epochMs(start),
    utcOffsetS: seconds(0),
    elapsedS: seconds(2400),
    movingS: seconds(2400),
    streams: makeStreams(2400, { power: (t) => (t >= 600 && t < 1800 ? watts : 150) }),
  });
}

async function store(session: Session): Promise<void> {
  const { row, streams } = toSessionRow(session, [], 0);
  await plantRows(db, 'sessions', [row]);
  await plantRows(db, 'streams', [{ id: row.id, sessionId: row.id, streams: streams!, updatedAt: 0, deletedAt: null }]);
}

/** The innermost element whose text matches. */
function byMatch(root: HTMLElement, re: RegExp): HTMLElement {
  const all = Array.from(root.querySelectorAll<HTMLElement>('*')).filter((el) => re.test(el.textContent ?? ''));
  const found = all.find((el) => !all.some((other) => other !== el && el.contains(other)));
  if (!found) throw new Error(`nothing matches ${re}`);
  return found;
}

const buttons = (root: HTMLElement) => Array.from(root.querySelectorAll('button')).map((b) => b.textContent);

describe('thresholds estimated from the library', () => {
  it('scores loads on an estimated FTP, marked estimated, and offers it in Settings with "Use it"', async () => {
    await store(ride('r1', Date.UTC(2024, 5, 10, 8), 300));
    await refreshThresholdEstimates(db);
    // 95% of 300 W = 285 W; the ride's NP is under it, and its load says it rests on an estimate.
    await updateTrainingLog(db);
    const picture = trainingPicture(await readStoredTraining(db, localDay(), localDay() - 1), localDay());
    expect(picture.unscored).toBe(0);
    expect(picture.estimated).toEqual({ count: 1, note: 'Estimated: set your FTP in Settings for a precise value.' });
    expect(picture.yesterday[0]!.load).toMatchObject({ method: 'power-tss', estimated: true });

    const root = mountSettings(db);
    const item = await waitFor(() => byMatch(root, /^FTP 285 W, from 95% of your best 20 minutes \(300 W\)/));
    expect(item.textContent).toBe(
      'FTP 285 W, from 95% of your best 20 minutes (300 W) on Mon, 10 Jun 2024 (one session only)',
    );
    // Nothing else can be estimated from a ride with power only, and it says why.
    expect(byMatch(root, /^Maximum heart rate: not estimated/).textContent).toBe(
      'Maximum heart rate: not estimated, no session has believable heart rate.',
    );
    (root.querySelector('button[aria-label="Use FTP 285 W"]') as HTMLButtonElement).click();
    await waitFor(() => byText(root, 'Saved: FTP 285 W is now your own value.'));
    const rows = (await tableRows(db, 'profile')).map((r) => [r.key, r.value, r.estimated ?? false]);
    expect(rows).toEqual([['ftp', 285, false]]);
    await waitFor(() => expect(buttons(root)).not.toContain('Use it'));
  });

  it('suggests a higher FTP once, dated, with the effort behind it, after a new best above the value set', async () => {
    await plantRows(db, 'profile', [
      {
        id: 'mine',
        key: 'ftp',
        value: 250,
        from: Date.UTC(2024, 0, 1),
        updatedAt: 0,
        deletedAt: null,
      },
    ]);
    await store(ride('old', Date.UTC(2024, 4, 1, 8), 240));
    await refreshThresholdEstimates(db);
    expect(await readThresholdSuggestions(db)).toEqual([]); // 228 W implied: not above 250 W.

    await store(ride('best', Date.UTC(2024, 5, 10, 8), 300));
    await refreshThresholdEstimates(db);
    const root = mountSettings(db);
    const note = await waitFor(() => byMatch(root, /^A new best/));
    expect(note.textContent).toContain(
      'A new best: 95% of your best 20 minutes (300 W) on Mon, 10 Jun 2024 suggests FTP 285 W, above your 250 W.',
    );
    (Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Not now') as HTMLButtonElement).click();
    await waitFor(() => expect(root.textContent).not.toContain('A new best'));
    // The same effort is never offered again, even when the estimates are made again.
    await refreshThresholdEstimates(db);
    expect(await readThresholdSuggestions(db)).toEqual([]);
  });
});
