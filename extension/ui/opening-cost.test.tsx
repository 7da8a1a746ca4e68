// Opening the panel and then its session list must cost the same whatever the
// library's size (issue 16): no index is counted (IndexedDB walks it to count)
// and no more session rows are read than the first screen shows.
import { IDBIndex, IDBObjectStore, type IDBRequest } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshStaleEstimates, type SessionsDb, updateTrainingLog } from '../db';
import { plantRows } from '../db/test-support/tables';
import { App } from './App';
import { freshDb } from './test-support/fresh-db';
import { inProcessImport } from './test-support/in-process-import';
import { byText, memoryStorage, mount, unmountAll, waitFor } from './test-support/render';
import { knownSession, storedRow } from './test-support/sessions';

const LIBRARY = 300;

let db: SessionsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  unmountAll();
  await db.delete();
});

interface Reads {
  /** Session rows handed to the panel by gets, getAlls and cursor steps. */
  rows: number;
  /** Counts of any index or store. */
  counts: number;
}

/** Tallies what the panel asks of IndexedDB from now on. */
function watchReads(): Reads {
  const reads: Reads = { rows: 0, counts: 0 };
  const storeOf = (source: IDBIndex | IDBObjectStore) => (source instanceof IDBIndex ? source.objectStore : source);
  for (const proto of [IDBIndex.prototype, IDBObjectStore.prototype] as const) {
    for (const method of ['get', 'getAll', 'openCursor'] as const) {
      const original = proto[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(proto, method).mockImplementation(function (this: IDBIndex | IDBObjectStore, ...args: unknown[]) {
        const request = original.apply(this, args);
        if (storeOf(this).name === 'sessions')
          request.addEventListener('success', () => {
            const { result } = request;
            reads.rows += Array.isArray(result) ? result.length : result == null ? 0 : 1;
          });
        return request;
      });
    }
    const count = proto.count as (...args: unknown[]) => IDBRequest;
    vi.spyOn(proto, 'count').mockImplementation(function (this: IDBIndex | IDBObjectStore, ...args: unknown[]) {
      reads.counts++;
      return count.apply(this, args);
    });
  }
  return reads;
}

describe('opening the panel', () => {
  it(`reads the first screen only, with ${LIBRARY} sessions stored`, async () => {
    const sessions = Array.from({ length: LIBRARY }, (_, i) => storedRow(knownSession(`s${i}`, i - LIBRARY)));
    await plantRows(db, 'sessions', sessions);
    // As an athlete's panel has been opened before: the stored log built, the estimates made.
    await refreshStaleEstimates(db);
    await updateTrainingLog(db);

    const reads = watchReads();
    const root = mount(
      <App services={{ db, connectImport: inProcessImport(db) }} locale="en-GB" storage={memoryStorage()} />,
    );
    await waitFor(() => byText(root, 'Today', 'h2'));
    byText(root, 'Sessions', 'nav button').click();
    await waitFor(() => expect(root.querySelector('.session-count')?.textContent).toBe(`${LIBRARY} sessions`));
    await waitFor(() => expect(root.querySelectorAll('.session-row:not(.placeholder)').length).toBeGreaterThan(0));
    expect(reads.counts).toBe(0);
    // The list's first block of 50 rows; Today's yesterday holds no session here.
    expect(reads.rows).toBe(50);
  });
});
