import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionsDb } from '../../db';
import { plantRows, tableRow } from '../../db/test-support/tables';
import { App } from '../App';
import { freshDb } from '../test-support/fresh-db';
import { inProcessImport } from '../test-support/in-process-import';
import { byText, memoryStorage, mount, unmountAll, waitFor } from '../test-support/render';
import { knownSession, storedRow } from '../test-support/sessions';

let db: SessionsDb;
beforeEach(async () => {
  db = freshDb();
  await plantRows(db, 'sessions', [storedRow(knownSession('ride', 0, { title: 'Tempo' }))]);
  await plantRows(db, 'streams', [
    { id: 'ride', sessionId: 'ride', streams: { time: new Float64Array([0, 1]) }, updatedAt: 0, deletedAt: null },
  ]);
});
afterEach(async () => {
  unmountAll();
  await db.delete();
});

async function openRide(): Promise<HTMLElement> {
  const root = mount(
    <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
  );
  (await waitFor(() => byText(root, 'Sessions', 'nav button'))).click();
  (await waitFor(() => byText(root, 'Tempo', '.session-row-title').closest('button')!)).click();
  await waitFor(() => byText(root, 'Tempo', 'h2'));
  return root;
}

describe('deleting a session from its detail', () => {
  it('asks once naming it; Keep it changes nothing and gives focus back', async () => {
    const root = await openRide();
    const opener = byText(root, 'Delete this session…', 'button');
    opener.click();
    const question = (await waitFor(() => byText(root, 'Delete session', 'button'))).closest('[role=alertdialog]')!;
    expect(question.querySelector('p')?.textContent).toBe(
      'Delete Cycling “Tempo” on Sat, 1 Jun 2024? Its samples, the original files no other session uses and the AI answers about it go too. Importing its file again brings it back.',
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete session'));
    byText(root, 'Keep it', 'button').click();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete this session…'));
    expect((await tableRow(db, 'sessions', 'ride'))?.deletedAt).toBeNull();
  });

  it('deletes the session and its samples, and goes back to the list', async () => {
    const root = await openRide();
    byText(root, 'Delete this session…', 'button').click();
    (await waitFor(() => byText(root, 'Delete session', 'button'))).click();
    await waitFor(() => expect(root.querySelector('.detail')).toBeNull());
    expect(await tableRow(db, 'streams', 'ride')).toEqual({
      id: 'ride',
      updatedAt: expect.any(Number),
      deletedAt: expect.any(Number),
    });
    expect((await tableRow(db, 'sessions', 'ride'))?.deletedAt).toEqual(expect.any(Number));
  });

  it('says, in a browser that syncs, that the account loses it too and the files wait hidden for 30 days', async () => {
    await plantRows(db, 'syncState', [{ id: 'sync.deviceId', value: 'laptop', updatedAt: 0, deletedAt: null }]);
    const root = await openRide();
    byText(root, 'Delete this session…', 'button').click();
    const question = (await waitFor(() => byText(root, 'Delete session', 'button'))).closest('[role=alertdialog]')!;
    await waitFor(() =>
      expect(question.querySelector('p')?.textContent).toBe(
        'Delete Cycling “Tempo” on Sat, 1 Jun 2024? Its samples, the original files no other session uses and the AI answers about it go too. Importing its file again brings it back. They leave your account too; your browsers that sync keep the files hidden for 30 days, in case one of your devices brings the session back.',
      ),
    );
  });
});
