// Threshold estimates are made again after any change to what they were made
// from, not only when the number of sessions changes: a deletion and an import
// that leave the count equal, a sport or duration corrected, two writes in one
// millisecond. The suggestion naming an effort goes with it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStreams } from '../../shared/analytics/test-support';
import { emptyResult, epochMs, seconds, type Session } from '../../shared/model';
import { makeSession } from '../../tests/support/sessions';
import { Database } from './database';
import { deleteSession } from './delete-session';
import { saveImport } from './save-import';
import { bytesOf } from './test-support/sessions';
import { readThresholdSuggestions, refreshStaleEstimates } from './threshold-estimates';
import { updateSession } from './update-session';

let db: Database;
beforeEach(async () => {
  db = new Database('estimates-follow-changes', { indexedDB: new IDBFactory(), IDBKeyRange });
  // The athlete's own FTP, 200 W since January: a ride implying more is suggested.
  await db.profile.put({
    id: 'mine',
    key: 'ftp',
    value: 200,
    from: Date.UTC(2024, 0, 1),
    updatedAt: 0,
    deletedAt: null,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** 40 minutes from one file: 10 at 150 W, 20 at `watts`, 10 at 150 W; its best 20 minutes is `watts`. */
function ride(hash: string, start: number, watts: number): Session {
  return makeSession({
    id: hash.slice(0, 24),
    start: epochMs(start),
    utcOffsetS: seconds(0),
    elapsedS: seconds(2400),
    movingS: seconds(2400),
    sources: [{ format: 'fit', file: `${hash.slice(0, 4)}.fit`, contentHash: hash, sizeBytes: 3, device: null }],
    streams: makeStreams(2400, { power: (t) => (t >= 600 && t < 1800 ? watts : 150) }),
  });
}

const importRides = (...rides: Session[]) => saveImport(db, { ...emptyResult(), sessions: rides }, bytesOf(...rides));
const ftpOf = async () => {
  const fresh = await refreshStaleEstimates(db);
  const ftp = fresh?.estimates.find((e) => e.key === 'ftp');
  return fresh === null ? 'fresh' : ftp === undefined ? null : [ftp.value, ftp.effort?.sessionId];
};
const suggested = async () => (await readThresholdSuggestions(db)).map((s) => [s.value, s.effort.sessionId]);

const A = ride('aa'.repeat(32), Date.UTC(2024, 5, 10, 8), 300);
const B = ride('bb'.repeat(32), Date.UTC(2024, 5, 12, 8), 260);

describe('threshold estimates follow every change to what they were made from', () => {
  it('are made again when one ride is deleted and another imported, the count left equal', async () => {
    await importRides(A);
    // 95% of 300 W, from ride A, above the 200 W set: suggested.
    expect(await ftpOf()).toEqual([285, A.id]);
    expect(await suggested()).toEqual([[285, A.id]]);
    expect(await ftpOf()).toBe('fresh');

    await deleteSession(db, A.id);
    await importRides(B);
    expect(await db.sessions.where('[live+start]').between([1, 0], [1, Infinity]).count()).toBe(1);
    // 95% of 260 W = 247 W, from ride B; the suggestion no longer names the deleted ride.
    expect(await ftpOf()).toEqual([247, B.id]);
    expect(await suggested()).toEqual([[247, B.id]]);
  });

  it('no longer rest on a ride whose sport is corrected to running, nor suggest it', async () => {
    await importRides(A);
    expect(await ftpOf()).toEqual([285, A.id]);
    await updateSession(db, A.id, { sport: 'running' });
    expect(await ftpOf()).toBeNull();
    expect(await suggested()).toEqual([]);
  });

  it('are made again after a duration is corrected, even within the millisecond they were made in', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 5, 13));
    await importRides(A);
    expect(await ftpOf()).toEqual([285, A.id]);
    await updateSession(db, A.id, { elapsedS: seconds(2500) });
    expect(await ftpOf()).toEqual([285, A.id]);
    expect(await ftpOf()).toBe('fresh');
  });
});
