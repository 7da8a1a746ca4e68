import { localDay, MS_PER_DAY } from '../../../shared/analytics';
import { describe, expect, it } from 'vitest';
import { epochMs, seconds, watts, type Session } from '../../../shared/model';
import { makeStreams } from '../../../shared/analytics/test-support';
import { makeSession } from '../../../tests/support/sessions';
import { readStoredTraining, type SessionsDb, updateTrainingLog } from '../../db';
import { App } from '../App';
import { useFreshDbOn } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, waitFor } from '../test-support/render';
import { trainingPicture } from './training-picture';
import { countRows, plantRows, tableRow, toSessionRow } from '../../db/test-support/tables';

// Tuesday 11 June 2024, 15:00 UTC; the ride was the day before, at noon.
const NOW = Date.UTC(2024, 5, 11, 15);

let db: SessionsDb;
useFreshDbOn(NOW, (fresh) => (db = fresh));

/**
 * An hour of 5-minute intervals, 300 W then 150 W: the file's average power is
 * 225 W, but NP (30 s rolling average, fourth-power mean) is 254.5 W. At FTP
 * 250 W: TSS = 1 h x (254.5 / 250)^2 x 100 = 103.6; the average would give 81.
 */
function intervals(): Session {
  return makeSession({
    id: 'intervals',
    title: 'Intervals',
    start: epochMs((localDay() - 1) * MS_PER_DAY + 12 * 3_600_000),
    utcOffsetS: seconds(0),
    elapsedS: seconds(3600),
    movingS: seconds(3600),
    avgPowerW: watts(225),
    streams: makeStreams(3600, { power: (t) => (t % 600 < 300 ? 300 : 150) }),
  });
}

async function store(session: Session, { keptInputs }: { keptInputs: boolean }): Promise<void> {
  const { row, streams } = toSessionRow(session, [], 0);
  // A row written before rows kept their load inputs has none.
  const { loadInputs: _older, ...olderRow } = row;
  await plantRows(db, 'sessions', [keptInputs ? row : olderRow]);
  await plantRows(db, 'streams', [{ id: row.id, sessionId: row.id, streams: streams!, updatedAt: 0, deletedAt: null }]);
  await plantRows(db, 'profile', [{ id: 'ftp', key: 'ftp', value: 250, from: 0, updatedAt: 0, deletedAt: null }]);
}

const loadShown = (root: HTMLElement) => {
  const dd = Array.from(root.querySelectorAll('.key-number'))
    .find((el) => el.querySelector('dt')?.textContent === 'Load')
    ?.querySelector('dd');
  if (!dd) throw new Error('no Load key number yet');
  return dd.textContent;
};

const pictureToday = async () => {
  await updateTrainingLog(db);
  return trainingPicture(await readStoredTraining(db, localDay(), localDay() - 1), localDay());
};

describe('one load per session', () => {
  it('gives a ride with power samples the same NP-based load and method on Today and in its detail', async () => {
    await store(intervals(), { keptInputs: true });
    const picture = await pictureToday();
    expect(picture.yesterday.map(({ load }) => [load?.method, load?.basis, load?.value.toFixed(1)])).toEqual([
      ['power-tss', 'NP 255 W over 3600 s at FTP 250 W', '103.6'],
    ]);

    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    const item = await waitFor(() => byText(root, 'Intervals', '.today-item-title').closest('button')!);
    expect(item.querySelector('.today-item-numbers')?.textContent).toBe('1:00:00 · load 104 · TSS from power');
    item.click();
    await waitFor(() => expect(loadShown(root)).toBe('104 · TSS from power'));
  });

  it('reads the samples of a session stored before loads kept their inputs once, then scores it as its detail does', async () => {
    await store(intervals(), { keptInputs: false });
    // Until its samples are read, the summary's average power is all there is: 1 h x (225 / 250)^2 x 100 = 81.
    expect((await pictureToday()).yesterday[0]?.load?.value).toBeCloseTo(81, 9);

    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    await waitFor(() =>
      expect(byText(root, 'Intervals', '.today-item-title').nextElementSibling?.textContent).toBe(
        '1:00:00 · load 104 · TSS from power',
      ),
    );
    // The note goes once the stored log has caught up with the filled row.
    await waitFor(() => expect(root.querySelector('.today-note')).toBeNull());
    expect((await tableRow(db, 'sessions', 'intervals'))?.loadInputs).toEqual([
      { power: { np: expect.closeTo(254.507, 3) as number, seconds: 3600 }, speed: null, heartRate: null },
    ]);
    // Derived from what was stored: not an edit, so neither re-dated nor queued for sync.
    expect((await tableRow(db, 'sessions', 'intervals'))?.updatedAt).toBe(0);
    expect(await countRows(db, 'outbox')).toBe(0);
  });
});
