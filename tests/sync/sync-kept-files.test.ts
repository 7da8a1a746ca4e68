// A live session never loses its files to a deletion, and a deleted one leaves none behind (docs/sync.md, "Files
// a live session still names"): the device holding the only copy of a file keeps it, and brings it back when a
// complete pull shows a live session naming it. Devices against the real sync functions in convex-test.
import { convexTest } from 'convex-test';
import { expect, test, vi } from 'vitest';
import { deleteSession, getSession, getStreams, originalBytes, saveImport, updateSession } from '../../extension/db';
import type { Database } from '../../extension/db/database';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { SyncTransportError } from '../../extension/sync';
import { emptyResult, epochMs, type Session } from '../../shared/model';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { convexTestTransport } from '../support/sync/convex-test-transport';
import { device, type Device } from '../support/sync/devices';
import { libraryOf } from '../support/sync/library';
import { ada, T0, useSyncClock } from '../support/sync/athlete';

const minutes = (n: number) => T0 + n * 60_000;
// With beat-to-beat intervals, which travel in the samples file (sync-intervals.ts): a kept copy brings them back too.
const fit = testSession(fileHash('ride.fit'), {
  start: epochMs(T0 - 86_400_000),
  rrIntervalsS: new Float32Array([0.8, 0.81, 0.79]),
});
// The same ride as a GPX, 30 s apart: imported after it, the FIT merges into this session.
const gpx = testSession(fileHash('ride.gpx'), { start: epochMs(T0 - 86_400_000 + 30_000) }, 'gpx');

useSyncClock();

const importing = (db: Database, session: Session) =>
  saveImport(db, { ...emptyResult(), sessions: [session] }, bytesOf(session));
const kept = (db: Database) => db.syncState.where('id').startsWith('sync.kept:').primaryKeys();
const storedFiles = (t: ReturnType<typeof convexTest>) =>
  t.run(async (ctx) => (await ctx.db.query('syncFiles').collect()).map((f) => f.sha256).sort());

async function originalText(db: Database, hash: string): Promise<string | null> {
  const row = await db.sources.get(hash);
  return row === undefined || row.deletedAt !== null ? null : new TextDecoder().decode(await originalBytes(row));
}

/** The ride imported on a laptop whose uploads fail until resumed (its summaries reach the server, its files do not), and a phone. */
async function rideOnALaptopWithoutUploads() {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  let failing = true;
  const laptop = device('laptop', {
    ...server,
    startUploads: (hashes) =>
      failing ? Promise.reject(new SyncTransportError('offline', 'offline')) : server.startUploads(hashes),
  });
  await importing(laptop.db, fit);
  return { t, laptop, phone: device('phone', server), resumeUploads: () => (failing = false) };
}

/** The ride is live on both devices with the phone's note, its samples and its original file, and nothing kept. */
async function expectBackWithItsFiles(laptop: Device, phone: Device): Promise<void> {
  for (const { db } of [laptop, phone]) {
    expect((await getSession(db, fit.id))?.notes).toBe('Felt strong');
    expect(await getStreams(db, fit.id)).toEqual(fit.streams);
    expect((await getSession(db, fit.id))?.rrIntervalsS).toEqual(fit.rrIntervalsS);
    expect(await originalText(db, fit.sources[0]!.contentHash)).toBe('ride.fit');
    expect(await kept(db)).toEqual([]);
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
}

test('a session deleted on the only device holding its files, then edited on another, comes back with its samples and original', async () => {
  const { t, laptop, phone, resumeUploads } = await rideOnALaptopWithoutUploads();
  // The summary goes up; the connection drops before its files do.
  expect(await laptop.engine.syncNow()).toMatchObject({ failure: { kind: 'offline' } });
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, fit.id);
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, fit.id, { notes: 'Felt strong' });
  await phone.engine.syncNow();
  resumeUploads();
  const back = await laptop.engine.syncNow();
  await phone.engine.syncNow();

  expect(back).toMatchObject({ failure: null, waiting: 0, filesUploaded: 2 });
  expect(await storedFiles(t)).toHaveLength(2);
  await expectBackWithItsFiles(laptop, phone);
});

test("an original file deleted with one device's session stays for the session another device merged it into", async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const laptop = device('laptop', server);
  const phone = device('phone', server);
  await importing(laptop.db, fit);
  await importing(phone.db, gpx);
  await importing(phone.db, fit);
  expect((await getSession(phone.db, gpx.id))?.sourceHashes).toEqual([
    fit.sources[0]!.contentHash,
    gpx.sources[0]!.contentHash,
  ]);
  await laptop.engine.syncNow();

  // The laptop has not seen the phone's merged session: to it, the FIT belongs to its own session alone.
  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, fit.id);
  await laptop.engine.syncNow();
  const phoneSync = await phone.engine.syncNow();
  await laptop.engine.syncNow();

  expect(phoneSync).toMatchObject({ failure: null, waiting: 0 });
  expect(await storedFiles(t)).toHaveLength(3);
  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, fit.id)).toBeUndefined();
    expect(await originalText(db, fit.sources[0]!.contentHash)).toBe('ride.fit');
    expect(await originalText(db, gpx.sources[0]!.contentHash)).toBe('ride.gpx');
  }
  // The laptop's own deleted session's samples wait in case a device brings it back; the FIT is back in use.
  expect(await kept(laptop.db)).toEqual([`sync.kept:streams:${fit.id}`]);
  expect(await kept(phone.db)).toEqual([]);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a session brought back by an edit made before its deletion was seen gets its files from the device that deleted it', async () => {
  const { t, laptop, phone, resumeUploads } = await rideOnALaptopWithoutUploads();
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  // The deletion reaches the server first; the phone, offline, edited the session after it.
  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, fit.id);
  resumeUploads();
  await laptop.engine.syncNow();
  const filesAfterDelete = await storedFiles(t);
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, fit.id, { notes: 'Felt strong' });
  await phone.engine.syncNow();
  const back = await laptop.engine.syncNow();
  await phone.engine.syncNow();

  expect(filesAfterDelete).toEqual([]);
  expect(back).toMatchObject({ failure: null, waiting: 0, filesUploaded: 2 });
  await expectBackWithItsFiles(laptop, phone);
});

test('a deletion that stands takes its files off the server at once, and out of every browser after 30 days', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const laptop = device('laptop', server);
  const phone = device('phone', server);
  await importing(laptop.db, fit);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, fit.id);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  const keptAfterDelete = [await kept(laptop.db), await kept(phone.db)];
  vi.setSystemTime(minutes(1 + 30 * 24 * 60));
  await laptop.engine.syncNow();
  const keptOnTheDay = await kept(laptop.db);
  vi.setSystemTime(minutes(2 + 30 * 24 * 60));
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  const both = [`sync.kept:sources:${fit.sources[0]!.contentHash}`, `sync.kept:streams:${fit.id}`];
  expect(await storedFiles(t)).toEqual([]);
  expect(keptAfterDelete).toEqual([both, both]);
  expect(keptOnTheDay).toEqual(both);
  for (const { db } of [laptop, phone]) {
    expect(await kept(db)).toEqual([]);
    expect(await getSession(db, fit.id)).toBeUndefined();
    expect(await originalText(db, fit.sources[0]!.contentHash)).toBeNull();
  }
});

test('a session brought back by a device that never had its files gets them from one that saw it deleted', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  let downloads = false;
  const withoutDownloads = (id: string) =>
    device(id, {
      ...server,
      downloadFile: (sha256) =>
        downloads ? server.downloadFile(sha256) : Promise.reject(new SyncTransportError('offline', 'offline')),
    });
  const laptop = device('laptop', server);
  const phone = withoutDownloads('phone');
  const tablet = withoutDownloads('tablet');
  await importing(laptop.db, fit);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  await tablet.engine.syncNow();

  // The tablet deletes the ride; the laptop, which held its files, pulls that deletion.
  vi.setSystemTime(minutes(1));
  await deleteSession(tablet.db, fit.id);
  await tablet.engine.syncNow();
  await laptop.engine.syncNow();
  const filesAfterDelete = await storedFiles(t);
  // The phone, which never saw the deletion nor had the files, edits the ride after it.
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, fit.id, { notes: 'Felt strong' });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();
  downloads = true;
  for (const d of [phone, tablet]) await d.engine.syncNow();

  expect(filesAfterDelete).toEqual([]);
  expect(await storedFiles(t)).toHaveLength(2);
  for (const { db } of [laptop, phone, tablet]) {
    expect((await getSession(db, fit.id))?.notes).toBe('Felt strong');
    expect(await getStreams(db, fit.id)).toEqual(fit.streams);
    expect((await getSession(db, fit.id))?.rrIntervalsS).toEqual(fit.rrIntervalsS);
    expect(await originalText(db, fit.sources[0]!.contentHash)).toBe('ride.fit');
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
  expect(await libraryOf(tablet.db)).toEqual(await libraryOf(laptop.db));
});

test('a session deleted on a device still to fetch its original takes the original off the server too', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const laptop = device('laptop', server);
  const phone = device('phone', {
    ...server,
    downloadFile: () => Promise.reject(new SyncTransportError('offline', 'offline')),
  });
  await importing(laptop.db, fit);
  await laptop.engine.syncNow();
  // The phone has the session's row; its files were still to come when the connection dropped.
  expect(await phone.engine.syncNow()).toMatchObject({ failure: { kind: 'offline' } });

  vi.setSystemTime(minutes(1));
  await deleteSession(phone.db, fit.id);
  const deleted = await phone.engine.syncNow();
  await laptop.engine.syncNow();

  expect(deleted).toMatchObject({ failure: null, waiting: 0 });
  expect(await storedFiles(t)).toEqual([]);
  expect(await originalText(laptop.db, fit.sources[0]!.contentHash)).toBeNull();
  expect(await phone.db.syncState.where('id').startsWith('sync.fetch:').count()).toBe(0);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a session deleted while its files were on their way to this device leaves none of them here or on the server', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const laptop = device('laptop', server);
  let deletedMeanwhile = false;
  const phone = device('phone', {
    ...server,
    async downloadFile(sha256) {
      if (!deletedMeanwhile) {
        deletedMeanwhile = true;
        vi.setSystemTime(minutes(1));
        await deleteSession(phone.db, fit.id);
      }
      return server.downloadFile(sha256);
    },
  });
  await importing(laptop.db, fit);
  await laptop.engine.syncNow();

  await phone.engine.syncNow();
  const after = await phone.engine.syncNow();
  await laptop.engine.syncNow();

  expect(deletedMeanwhile).toBe(true);
  expect(after).toMatchObject({ failure: null, waiting: 0 });
  expect(await storedFiles(t)).toEqual([]);
  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, fit.id)).toBeUndefined();
    expect(await originalText(db, fit.sources[0]!.contentHash)).toBeNull();
    expect(await getStreams(db, fit.id)).toBeUndefined();
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a session deleted during a sync keeps its files until its deletion has gone up, whatever the server said meanwhile', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  let deleteDuringPull = false;
  const laptop = device('laptop', {
    ...server,
    async pull(after, limit) {
      if (deleteDuringPull) {
        deleteDuringPull = false;
        await deleteSession(laptop.db, fit.id);
      }
      return server.pull(after, limit);
    },
  });
  const phone = device('phone', {
    ...server,
    downloadFile: () => Promise.reject(new SyncTransportError('offline', 'offline')),
  });
  await importing(laptop.db, fit);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  // Deleted after the laptop's push and before its pull: the server still holds the files live when it settles.
  vi.setSystemTime(minutes(1));
  deleteDuringPull = true;
  await laptop.engine.syncNow();
  await laptop.engine.syncNow();
  // The phone, which never had the files, edits the ride after the deletion without having seen it.
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, fit.id, { notes: 'Felt strong' });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  expect(await storedFiles(t)).toHaveLength(2);
  expect((await getSession(laptop.db, fit.id))?.notes).toBe('Felt strong');
  expect(await getStreams(laptop.db, fit.id)).toEqual(fit.streams);
  expect(await originalText(laptop.db, fit.sources[0]!.contentHash)).toBe('ride.fit');
});

test('a browser that has never synced keeps nothing of a session deleted in it', async () => {
  const t = convexTest(schema, modules);
  const laptop = device('laptop', convexTestTransport(t, ada));
  await importing(laptop.db, fit);

  await deleteSession(laptop.db, fit.id);

  expect(await laptop.db.syncState.toArray()).toEqual([]);
  expect(await originalText(laptop.db, fit.sources[0]!.contentHash)).toBeNull();
});
