// A second device estimates the athlete's thresholds as the first does: its
// rows arrive before their samples, and the estimates are made again once the
// samples do (docs/sync.md, Files).
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { readThresholdEstimates, refreshStaleEstimates, saveImport } from '../../extension/db';
import { importFiles } from '../../importer';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { makeKnownTrack } from '../support/known-track';
import { convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { writeKnownTrackFit } from '../support/write-fit';
import { ada } from '../support/sync/athlete';

test('the phone estimates the FTP the laptop does, once the ride’s samples have arrived', async () => {
  const t = convexTest(schema, modules);
  const transport = convexTestTransport(t, ada);
  const laptop = device('laptop', transport);
  const phone = device('phone', transport);
  const fit = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) }));
  const imported = await importFiles([{ name: 'ride.fit', bytes: fit }]);
  await saveImport(
    laptop.db,
    imported,
    new Map([[imported.sessions[0]!.sources[0]!.contentHash, { file: 'ride.fit', bytes: fit }]]),
  );
  const onLaptop = await refreshStaleEstimates(laptop.db);
  await laptop.engine.syncNow();

  await phone.engine.syncNow();

  const ftp = onLaptop?.estimates.find((e) => e.key === 'ftp');
  expect(ftp?.value).toBeGreaterThan(0);
  expect((await readThresholdEstimates(phone.db))?.estimates.find((e) => e.key === 'ftp')).toEqual(ftp);
});
