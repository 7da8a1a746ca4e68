import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyResult } from '../../shared/model';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { eraseAll } from './erase-all';
import { countSessions } from './list-sessions';
import { saveImport } from './save-import';
import { bytesOf, testSession } from './test-support/sessions';
import { updateSession } from './update-session';

const A = 'aa'.repeat(32);
const ID = 'aa'.repeat(12);
const B = 'bb'.repeat(32);

let db: Database;
beforeEach(async () => {
  db = new Database('live-index', { indexedDB: new IDBFactory(), IDBKeyRange });
  const sessions = [testSession(A), testSession(B, { sport: 'running', subSport: 'generic' })];
  await saveImport(db, { ...emptyResult(), sessions }, bytesOf(...sessions));
});
afterEach(() => {
  db.close();
});

/** The ids the [live+start] index holds. */
const indexed = () => db.sessions.where('[live+start]').between([1, -Infinity], [1, Infinity]).primaryKeys();

describe('the live index, kept on every write', () => {
  it('holds imported sessions and keeps an edited one, under its new sport too', async () => {
    expect((await indexed()).sort()).toEqual([ID, 'bb'.repeat(12)]);
    await updateSession(db, ID, { title: 'Club ride', sport: 'running' });
    expect(await db.sessions.get(ID)).toMatchObject({ title: 'Club ride', live: 1 });
    expect(await countSessions(db, { sport: 'running' })).toBe(2);
    expect(await countSessions(db, { sport: 'cycling' })).toBe(0);
  });

  it('drops a deleted session, and takes it back when its file is imported again', async () => {
    await deleteSession(db, ID);
    expect(Object.keys((await db.sessions.get(ID))!)).not.toContain('live');
    expect(await indexed()).toEqual(['bb'.repeat(12)]);
    expect(await countSessions(db, {})).toBe(1);

    await saveImport(db, { ...emptyResult(), sessions: [testSession(A)] }, new Map());
    expect(await db.sessions.get(ID)).toMatchObject({ live: 1, deletedAt: null });
    expect(await countSessions(db, {})).toBe(2);
  });

  it('follows deletedAt on writes made outside the API (modify, put), and is empty after erasing', async () => {
    await db.sessions.update(ID, { deletedAt: 5 });
    expect(await indexed()).toEqual(['bb'.repeat(12)]);
    const row = (await db.sessions.get(ID))!;
    await db.sessions.put({ ...row, deletedAt: null });
    expect((await indexed()).sort()).toEqual([ID, 'bb'.repeat(12)]);

    await eraseAll(db);
    expect(await countSessions(db, {})).toBe(0);
  });
});
