// The stored count of live sessions must always equal what counting the live
// index gives, however the sessions were written: imports (new, duplicate,
// merged), deletions, corrections, rows removed outright, one id written twice
// in a batch, and an erase.
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MS_PER_DAY } from '../../shared/analytics';
import { emptyResult, epochMs } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { int, prng } from '../../tests/support/prng';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { eraseAll } from './erase-all';
import { countSessions } from './list-sessions';
import { saveImport } from './save-import';
import { toSessionRow } from './session-row';
import { bytesOf, testSession } from './test-support/sessions';
import { updateSession } from './update-session';
import { dropRows } from './write-rows';

let db: Database;
beforeEach(() => {
  db = new Database('live-count', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const indexCount = () => db.sessions.where('[live+start]').between([1, -Infinity], [1, Infinity]).count();
const storedCount = async () => (await db.libraryCounts.get('liveSessions'))?.count;

let made = 0;
async function importRide(day: number): Promise<string> {
  const ride = testSession((made++).toString(16).padStart(8, '0').padEnd(64, '0'), {
    start: epochMs(START + day * MS_PER_DAY),
  });
  await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  return ride.id;
}

describe('the stored count of live sessions', () => {
  it('equals the live index count after random imports, deletions, corrections and removals', async () => {
    const next = prng(11);
    const live: string[] = [];
    for (let step = 0; step < 60; step++) {
      const op = next();
      if (op < 0.5 || live.length === 0) live.push(await importRide(step));
      else if (op < 0.7) await deleteSession(db, live.splice(int(next, live.length), 1)[0]!);
      else if (op < 0.85) await updateSession(db, live[int(next, live.length)]!, { rpe: 1 + int(next, 10) });
      else {
        const gone = live.splice(int(next, live.length), 1);
        await db.transaction('rw', [db.sessions, db.outbox], () => dropRows(db, 'sessions', gone));
      }
      expect(await storedCount()).toBe(await indexCount());
    }
    expect(await storedCount()).toBe(live.length);
  });

  it('counts an import of the same file again, and a file deleted twice, once', async () => {
    const ride = testSession('aa'.repeat(32));
    await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    expect(await storedCount()).toBe(1);
    await deleteSession(db, ride.id);
    await deleteSession(db, ride.id);
    expect(await storedCount()).toBe(0);
  });

  it('takes the last of one id written twice in a batch', async () => {
    const { row } = toSessionRow(testSession('bb'.repeat(32)), [], 1000);
    await db.sessions.bulkPut([row, { ...row, deletedAt: 2000 }, row]);
    expect(await storedCount()).toBe(1);
    await db.sessions.bulkPut([row, { ...row, deletedAt: 3000 }]);
    expect(await storedCount()).toBe(0);
  });

  it('counts only the rows a bulk add took when it refuses a taken id and the transaction goes on', async () => {
    const [taken, fresh] = ['c1', 'c2'].map((h) => toSessionRow(testSession(h.repeat(32)), [], 1000).row);
    // The id is taken by a tombstone: adding the live row would count one more, had it been taken.
    await db.sessions.put({ ...taken!, deletedAt: 2000 });
    await db.transaction('rw', db.sessions, () => db.sessions.bulkAdd([fresh!, taken!]).catch(() => undefined));
    expect([await storedCount(), await indexCount()]).toEqual([1, 1]);
  });

  it('is counted again by the first write after an erase, and read from the index until then', async () => {
    for (let day = 0; day < 3; day++) await importRide(day);
    await eraseAll(db);
    expect(await countSessions(db, {})).toBe(0);
    await importRide(5);
    expect([await storedCount(), await countSessions(db, {})]).toEqual([1, 1]);
  });

  it('answers an unfiltered count from the stored row, without counting the index', async () => {
    for (let day = 0; day < 4; day++) await importRide(day);
    const counting = vi.spyOn(IDBIndex.prototype, 'count');
    expect(await countSessions(db, {})).toBe(4);
    expect(counting).not.toHaveBeenCalled();
    // A filter still counts its index range.
    expect(await countSessions(db, { from: START + 2 * MS_PER_DAY })).toBe(2);
    expect(counting).toHaveBeenCalledTimes(1);
  });
});
