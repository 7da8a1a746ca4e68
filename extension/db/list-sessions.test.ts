import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyResult, epochMs, type Session } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { countSessions, listSessions } from './list-sessions';
import { saveImport } from './save-import';
import { toSessionRow } from './session-row';
import { testSession } from './test-support/sessions';

const DAY = 86_400_000;
const hash = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

/** Day n's session: rides on even days, runs on odd ones; every third titled "Intervals". */
function session(n: number): Session {
  return testSession(hash(n), {
    sport: n % 2 === 0 ? 'cycling' : 'running',
    start: epochMs(START + n * DAY),
    title: n % 3 === 0 ? `Intervals ${n}` : `Easy ${n}`,
    notes: n === 4 ? 'Felt STRONG on the climbs' : null,
  });
}
const id = (n: number) => hash(n).slice(0, 24);

let db: Database;
beforeEach(async () => {
  db = new Database('list', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveImport(db, { ...emptyResult(), sessions: Array.from({ length: 10 }, (_, n) => session(n)) }, new Map());
  await deleteSession(db, id(8));
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('listSessions', () => {
  it('lists live sessions newest first, a page at a time, without deleted ones', async () => {
    expect((await listSessions(db, { limit: 4 })).map((r) => r.id)).toEqual([id(9), id(7), id(6), id(5)]);
    expect((await listSessions(db, { limit: 4, offset: 4 })).map((r) => r.id)).toEqual([id(4), id(3), id(2), id(1)]);
    expect((await listSessions(db, { limit: 4, offset: 8 })).map((r) => r.id)).toEqual([id(0)]);
    expect(await countSessions(db, {})).toBe(9);
  });

  it('reads the first page with its rows, not its keys then a get per row', async () => {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');

    expect((await listSessions(db, { limit: 4 })).map((r) => r.id)).toEqual([id(9), id(7), id(6), id(5)]);
    expect(get).not.toHaveBeenCalled();
    // A later page still goes by keys, then gets: walking past the rows before it reads none of them.
    expect((await listSessions(db, { limit: 4, offset: 4 })).map((r) => r.id)).toEqual([id(4), id(3), id(2), id(1)]);
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('filters by sport and by a date range (from inclusive, to exclusive)', async () => {
    expect((await listSessions(db, { sport: 'cycling', limit: 10 })).map((r) => r.id)).toEqual([
      id(6),
      id(4),
      id(2),
      id(0),
    ]);
    expect(
      (await listSessions(db, { from: START + 2 * DAY, to: START + 5 * DAY, limit: 10 })).map((r) => r.id),
    ).toEqual([id(4), id(3), id(2)]);
    expect(
      (await listSessions(db, { sport: 'running', from: START + 2 * DAY, to: START + 7 * DAY, limit: 10 })).map(
        (r) => r.id,
      ),
    ).toEqual([id(5), id(3)]);
    expect(await countSessions(db, { sport: 'running' })).toBe(5);
  });

  it('searches titles and notes for every word, ignoring case', async () => {
    expect((await listSessions(db, { search: 'intervals', limit: 10 })).map((r) => r.title)).toEqual([
      'Intervals 9',
      'Intervals 6',
      'Intervals 3',
      'Intervals 0',
    ]);
    expect((await listSessions(db, { search: 'strong  CLIMBS', limit: 10 })).map((r) => r.id)).toEqual([id(4)]);
    expect(await listSessions(db, { search: 'strong tempo', limit: 10 })).toEqual([]);
    expect(await countSessions(db, { search: 'easy', sport: 'cycling' })).toBe(2);
  });

  it('returns summaries only: no row has samples, and the streams table is never read', async () => {
    // A transaction over the sessions table alone: Dexie rejects any read of another table inside it.
    const rows = await db.transaction('r', db.sessions, () => listSessions(db, { limit: 10 }));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(Object.keys(row)).not.toContain('streams');
  });
});

describe('a library of 5,000 sessions', () => {
  it('is counted and paged deep through the live indexes, without the tombstones', async () => {
    // Day n's session for 5,000 days; every 10th deleted: 4,500 live, half of them rides.
    const rows = Array.from({ length: 5000 }, (_, n) => {
      // Eight hex digits repeated: a hash (and so an id, its first 24 digits) of its own for each n.
      const unique = testSession(n.toString(16).padStart(8, '0').repeat(8), {
        sport: n % 2 === 0 ? 'cycling' : 'running',
        start: epochMs(START + n * DAY),
      });
      const { row } = toSessionRow(unique, [], 1000);
      return n % 10 === 9 ? { ...row, deletedAt: 2000 } : row;
    });
    await db.sessions.clear();
    await db.sessions.bulkPut(rows);

    expect(await countSessions(db, {})).toBe(4500);
    expect(await countSessions(db, { sport: 'cycling' })).toBe(2500);
    expect(await countSessions(db, { sport: 'running' })).toBe(2000);
    expect(await countSessions(db, { from: START + 1000 * DAY, to: START + 2000 * DAY })).toBe(900);
    // The last page, oldest sessions: days 8, 7, ... 0 without day 9.
    expect((await listSessions(db, { limit: 10, offset: 4491 })).map((r) => r.start)).toEqual(
      [8, 7, 6, 5, 4, 3, 2, 1, 0].map((n) => START + n * DAY),
    );
  });
});
