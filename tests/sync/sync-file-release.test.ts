// Deletion deletes, end to end (issue 12, docs/sync.md): devices against the
// real sync functions in convex-test; a session's stored files leave the
// server with it and come back when the same file is imported again.
import { convexTest } from 'convex-test';
import { expect, test, vi } from 'vitest';
import { deleteSession, getStreams, originalBytes, saveImport } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { emptyResult } from '../../shared/model';
import { convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { libraryOf } from '../support/sync/library';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { ada, T0, useSyncClock } from '../support/sync/athlete';

const minutes = (n: number) => T0 + n * 60_000;
const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });

useSyncClock();

test('a session deleted on one device and imported again on another is uploaded again and ends on both', async () => {
  const t = convexTest(schema, modules);
  const transport = convexTestTransport(t, ada);
  const laptop = device('laptop', transport);
  const phone = device('phone', transport);
  const storedFiles = () =>
    t.run(async (ctx) => ({
      files: (await ctx.db.query('syncFiles').collect()).length,
      objects: (await ctx.db.system.query('_storage').collect()).length,
    }));
  await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();
  const afterDelete = await storedFiles();
  await phone.engine.syncNow();
  vi.setSystemTime(minutes(2));
  await saveImport(phone.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  const reimported = await phone.engine.syncNow();
  const fetched = await laptop.engine.syncNow();

  expect(afterDelete).toEqual({ files: 0, objects: 0 });
  expect(reimported).toMatchObject({ failure: null, waiting: 0, filesUploaded: 2 });
  expect(fetched).toMatchObject({ failure: null, waiting: 0 });
  expect(await storedFiles()).toEqual({ files: 2, objects: 2 });
  for (const { db } of [laptop, phone]) {
    expect(await getStreams(db, ride.id)).toEqual(ride.streams);
    const original = await db.sources.get(ride.sources[0]!.contentHash);
    expect(await originalBytes(original!)).toEqual(new TextEncoder().encode('ride.fit'));
    expect(await db.syncState.where('id').startsWith('sync.fetch:').count()).toBe(0);
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a file deleted on the server while another device was fetching it is no failure, and is no longer asked for', async () => {
  const t = convexTest(schema, modules);
  const transport = convexTestTransport(t, ada);
  const laptop = device('laptop', transport);
  let deletedMeanwhile = false;
  const phone = device('phone', {
    ...transport,
    async downloadFile(sha256) {
      if (!deletedMeanwhile) {
        deletedMeanwhile = true;
        vi.setSystemTime(minutes(1));
        await deleteSession(laptop.db, ride.id);
        await laptop.engine.syncNow();
      }
      return transport.downloadFile(sha256);
    },
  });
  const fetching = () => phone.db.syncState.where('id').startsWith('sync.fetch:').count();
  await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  await laptop.engine.syncNow();

  const first = await phone.engine.syncNow();
  const askedAfterFirst = await fetching();
  const second = await phone.engine.syncNow();

  expect(first.failure).toBeNull();
  expect(askedAfterFirst).toBe(2);
  expect(second.failure).toBeNull();
  expect(await fetching()).toBe(0);
  expect(await phone.db.sessions.get(ride.id)).toEqual({ id: ride.id, updatedAt: minutes(1), deletedAt: minutes(1) });
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});
