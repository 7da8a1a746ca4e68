import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../importer';
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { Database } from './database';
import { saveImport } from './save-import';
import { refreshThresholdEstimates } from './threshold-estimates';
import { updateSession } from './update-session';

let db: Database;
beforeEach(() => {
  db = new Database('threshold-estimates', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

describe('threshold estimates from stored sessions', () => {
  it('come from the efforts each row keeps, without reading samples, until the sport is corrected', async () => {
    const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) }));
    const result = await importFiles([{ name: 'ride.fit', bytes: fit }]);
    await saveImport(db, result, new Map());
    const id = result.sessions[0]!.id;
    const withSamples = await refreshThresholdEstimates(db);
    expect(withSamples.estimates.map((e) => e.key)).toContain('ftp');

    // The same estimates, made from the efforts the row keeps.
    await db.streams.clear();
    expect(await refreshThresholdEstimates(db)).toEqual(withSamples);

    // A run's efforts are not a ride's: worked out again, here from no samples at all.
    await updateSession(db, id, { sport: 'running' });
    expect((await db.sessions.get(id))?.efforts).toBeUndefined();
    expect((await refreshThresholdEstimates(db)).estimates.map((e) => e.key)).not.toContain('ftp');
  });
});
