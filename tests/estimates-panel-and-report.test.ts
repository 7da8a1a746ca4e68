// Issue 16: the panel estimates thresholds from the library exactly as the command line's `report` does. The
// same sessions, imported into the local database and read back as the panel reads them, give the same profile as
// `report`'s (importer/cli/training-summary.ts, athleteProfile: the shared estimate over the sessions in memory).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, expect, test } from 'vitest';
import { readAthleteProfile, refreshStaleEstimates, saveImport } from '../extension/db';
import { Database } from '../extension/db/database';
import { bytesOf } from '../extension/db/test-support/sessions';
import { estimateThresholds, withEstimates } from '../shared/analytics';
import { makeStreams } from '../shared/analytics/test-support';
import { emptyResult, epochMs, seconds, type Session } from '../shared/model';
import { makeSession } from './support/sessions';

const db = new Database('estimates-panel-and-report', { indexedDB: new IDBFactory(), IDBKeyRange });
afterEach(() => db.close());

/** 40 minutes: 10 easy, 20 at `watts` with heart rate at `hr`, 10 easy. */
function ride(hash: string, day: number, watts: number, hr: number): Session {
  const hard = (t: number) => t >= 600 && t < 1800;
  return makeSession({
    id: hash.slice(0, 24),
    start: epochMs(Date.UTC(2024, 5, day, 8)),
    utcOffsetS: seconds(0),
    elapsedS: seconds(2400),
    movingS: seconds(2400),
    sources: [{ format: 'fit', file: `${hash.slice(0, 4)}.fit`, contentHash: hash, sizeBytes: 3, device: null }],
    streams: makeStreams(2400, {
      power: (t) => (hard(t) ? watts : 150),
      heartRate: (t) => (hard(t) ? hr : 120),
    }),
  });
}

test('the panel’s estimated thresholds are the ones `report` gives for the same sessions', async () => {
  const sessions = [ride('aa'.repeat(32), 10, 300, 170), ride('bb'.repeat(32), 12, 260, 165)];
  await saveImport(db, { ...emptyResult(), sessions }, bytesOf(...sessions));
  await refreshStaleEstimates(db);

  const panel = (await readAthleteProfile(db)).thresholds;
  const report = withEstimates({ sex: null, thresholds: [] }, estimateThresholds({ sessions })).thresholds;
  expect(panel).toEqual(report);
  // FTP: 95% of the best 20 minutes, 300 W; threshold and maximum HR from the 20 minutes held at 170 bpm.
  expect(panel.map(({ key, value, estimated }) => [key, value, estimated])).toEqual([
    ['ftp', 285, true],
    ['thresholdHr', 170, true],
    ['maxHr', 170, true],
  ]);
});
