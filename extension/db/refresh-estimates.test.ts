// After an import both the worker and the panel ask for fresh threshold
// estimates; the samples are read once.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MS_PER_DAY } from '../../shared/analytics';
import { emptyResult, epochMs } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import { Database } from './database';
import { saveImport } from './save-import';
import { bytesOf, testSession } from './test-support/sessions';
import { refreshStaleEstimates } from './threshold-estimates';

let db: Database;
beforeEach(async () => {
  db = new Database('refresh-estimates', { indexedDB: new IDBFactory(), IDBKeyRange });
  // A day apart, so they are two workouts, not one merged.
  const rides = ['aa', 'bb'].map((h, i) => testSession(h.repeat(32), { start: epochMs(START + i * MS_PER_DAY) }));
  await saveImport(db, { ...emptyResult(), sessions: rides }, bytesOf(...rides));
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

/** A Web Locks stand-in: one holder at a time per name, in the order asked. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request: (name: string, run: () => Promise<unknown>) => {
      const result = (tails.get(name) ?? Promise.resolve()).then(run);
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  };
}

describe('refreshStaleEstimates', () => {
  it('reads the samples once when the worker and the panel ask at the same time', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    // Rows stored before they kept their efforts: estimating has to read their samples.
    await db.sessions.toCollection().modify((row: { efforts?: unknown }) => {
      delete row.efforts;
    });
    const reads = vi.spyOn(db.streams, 'bulkGet');
    const [worker, panel] = await Promise.all([refreshStaleEstimates(db), refreshStaleEstimates(db)]);
    expect(worker?.sessions).toBe(2);
    expect(panel).toBeNull();
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('refreshes again once the session count changes', async () => {
    await refreshStaleEstimates(db);
    expect(await refreshStaleEstimates(db)).toBeNull();
    const third = testSession('cc'.repeat(32), { start: epochMs(START + 2 * MS_PER_DAY) });
    await saveImport(db, { ...emptyResult(), sessions: [third] }, bytesOf(third));
    expect((await refreshStaleEstimates(db))?.sessions).toBe(3);
  });

  it('refreshes again once samples arrive for a session counted without them, as a synced session’s do', async () => {
    const [first] = await db.streams.toArray();
    await db.streams.delete(first!.id);
    expect(await refreshStaleEstimates(db)).toMatchObject({ sessions: 2 });
    expect(await refreshStaleEstimates(db)).toBeNull();
    await db.streams.put(first!);
    expect(await refreshStaleEstimates(db)).toMatchObject({ sessions: 2 });
  });
});
