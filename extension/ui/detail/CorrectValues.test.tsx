import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bpm, meters, metersPerSecond, seconds } from '../../../shared/model';
import type { SessionsDb } from '../../db';
import { plantRows, tableRow } from '../../db/test-support/tables';
import { App } from '../App';
import { freshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, textsOf, unmountAll, waitFor } from '../test-support/render';
import { knownSession, storedRow } from '../test-support/sessions';

let db: SessionsDb;
beforeEach(async () => {
  db = freshDb();
  // One hour's run at 3 m/s, no samples: at a 4 m/s threshold its load is 1 h x (3/4)^2 x 100 = 56.25 rTSS.
  const run = knownSession('run', 0, {
    title: 'Long run',
    sport: 'running',
    subSport: 'generic',
    elapsedS: seconds(3600),
    movingS: seconds(3600),
    distanceM: meters(10_800),
    avgSpeed: metersPerSecond(3),
    avgHr: bpm(139),
    maxHr: bpm(170),
  });
  await plantRows(db, 'sessions', [storedRow(run)]);
  await plantRows(db, 'profile', [
    { id: 'pace', key: 'thresholdRunSpeed', value: 4, from: 0, updatedAt: 0, deletedAt: null },
  ]);
});
afterEach(async () => {
  unmountAll();
  await db.delete();
});

async function openRun(): Promise<HTMLElement> {
  const root = mount(
    <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
  );
  (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
  (await waitFor(() => byText(root, 'Long run', '.session-row-title').closest('button')!)).click();
  await waitFor(() => byText(root, 'Long run', 'h2'));
  return root;
}

const keyNumber = (root: HTMLElement, label: string) =>
  Array.from(root.querySelectorAll('.key-number'))
    .find((el) => el.querySelector('dt')?.textContent === label)
    ?.querySelector('dd')?.textContent;

function type(root: HTMLElement, name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>(`.correct-values input[name="${name}"]`)!;
  input.value = text;
}

const saveCorrections = (root: HTMLElement) => byText(root, 'Save corrections', 'button').click();

describe('correcting the numbers in the detail', () => {
  it('shows the corrected distance beside the imported one, rescored, in the list too; undo restores', async () => {
    const root = await openRun();
    expect(keyNumber(root, 'Distance')).toBe('10.80 km');
    expect(root.querySelector<HTMLInputElement>('.correct-values input[name="distanceM"]')!.value).toBe('10.8');

    type(root, 'distanceM', '12');
    saveCorrections(root);
    await waitFor(() => expect(keyNumber(root, 'Distance')).toBe('12.00 km (imported 10.80 km)'));
    expect(keyNumber(root, 'Avg pace')).toBe('5:00 /km');
    // 12 km in an hour: 3.33 m/s, 1 h x (3.33/4)^2 x 100 = 69.4.
    expect(keyNumber(root, 'Load')).toBe('69 · rTSS from pace');
    expect(textsOf(root, '.correct-values .imported-value')).toEqual(['imported 10.80 km Undo correction']);
    expect((await tableRow(db, 'sessions', 'run'))?.editedFields).toEqual(['distanceM']);

    byText(root, '← Sessions', 'button').click();
    // The list scores and shows the corrected distance too.
    await waitFor(() => byText(root, 'Running · 1:00:00 · 12.00 km · 5:00 /km · 139 bpm · 69 rTSS', '.session-row *'));

    (await waitFor(() => byText(root, 'Long run', '.session-row-title').closest('button')!)).click();
    (await waitFor(() => byText(root, 'Undo correction', '.correct-values button'))).click();
    await waitFor(() => expect(keyNumber(root, 'Distance')).toBe('10.80 km'));
    expect(keyNumber(root, 'Load')).toBe('56 · rTSS from pace');
    expect(await tableRow(db, 'sessions', 'run')).toMatchObject({ distanceM: 10_800, editedFields: [] });
    expect((await tableRow(db, 'sessions', 'run'))?.imported).toBeUndefined();
    expect(root.querySelector<HTMLInputElement>('.correct-values input[name="distanceM"]')!.value).toBe('10.8');
  });

  it('names a bad value and saves nothing', async () => {
    const root = await openRun();
    type(root, 'distanceM', '-5');
    saveCorrections(root);
    await waitFor(() => byText(root, 'Not saved: A distance cannot be negative', '.correct-values output'));
    type(root, 'distanceM', '10.8');
    type(root, 'elapsedS', 'an hour');
    saveCorrections(root);
    await waitFor(() =>
      byText(root, 'Duration: write it as hours:minutes:seconds, for example 1:05:00.', '.correct-values output'),
    );
    type(root, 'elapsedS', '1:00:00');
    type(root, 'avgHr', '180');
    saveCorrections(root);
    await waitFor(() =>
      byText(root, 'Not saved: Average heart rate (180 bpm) cannot be above the maximum (170 bpm)', 'output'),
    );
    expect((await tableRow(db, 'sessions', 'run'))?.editedFields).toEqual([]);
  });
});
