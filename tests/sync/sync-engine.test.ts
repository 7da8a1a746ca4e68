// The sync engine end to end: devices (Dexie on fake-indexeddb) against the
// real sync functions in convex-test, one conflict rule at a time (docs/sync.md).
import { convexTest } from 'convex-test';
import { expect, test, vi } from 'vitest';
import {
  deleteSession,
  getSession,
  getStreams,
  originalBytes,
  recordPrivacyChoice,
  saveImport,
  saveRecord,
  SYNCED_TABLES,
  updateSession,
} from '../../extension/db';
import { SYNC_TABLES } from '../../shared/sync/tables';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { emptyResult, type Session } from '../../shared/model';
import { HeadHub, convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { libraryOf } from '../support/sync/library';
import { createSyncEngine, SyncTransportError, type SyncTransport } from '../../extension/sync';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { ada, T0, useSyncClock } from '../support/sync/athlete';

const minutes = (n: number) => T0 + n * 60_000;

useSyncClock();

function twoDevices() {
  const t = convexTest(schema, modules);
  const hub = new HeadHub();
  const transport = convexTestTransport(t, ada, hub);
  return { t, hub, laptop: device('laptop', transport), phone: device('phone', transport) };
}

const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });
const importRide = (db: Parameters<typeof saveImport>[0], session: Session = ride) =>
  saveImport(db, { ...emptyResult(), sessions: [session] }, bytesOf(session));

test('a session imported on one device reaches the other with its samples and original file', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);

  const pushed = await laptop.engine.syncNow();
  const pulled = await phone.engine.syncNow();

  expect(pushed).toMatchObject({ failure: null, waiting: 0, lastSyncedAt: T0, filesUploaded: 2 });
  expect(pulled).toMatchObject({ failure: null, waiting: 0, pulledThrough: 3 });
  expect((await getSession(phone.db, ride.id))?.title).toBe('Ride');
  expect(await getStreams(phone.db, ride.id)).toEqual(ride.streams);
  const original = await phone.db.sources.get(ride.sources[0]!.contentHash);
  expect(await originalBytes(original!)).toEqual(new TextEncoder().encode('ride.fit'));
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a first upload cut short goes on where it stopped in a new engine (the panel reopened), sending nothing twice', async () => {
  const t = convexTest(schema, modules);
  const server = convexTestTransport(t, ada);
  const pushed: string[] = [];
  let connected = false;
  const transport: SyncTransport = {
    ...server,
    push: (rows, files) => {
      pushed.push(...rows.map((r) => r.table));
      return server.push(rows, files);
    },
    // The connection drops once the summaries are up, before the files.
    startUploads: (hashes) =>
      connected ? server.startUploads(hashes) : Promise.reject(new SyncTransportError('offline', 'Connection lost')),
  };
  const laptop = device('laptop', transport);
  await importRide(laptop.db);

  const cut = await laptop.engine.syncNow();
  const sentBefore = [...pushed];
  connected = true;
  const reopened = createSyncEngine({ db: laptop.db, transport, deviceId: 'laptop' });
  const done = await reopened.syncNow();
  const phone = device('phone', server);
  await phone.engine.syncNow();

  expect(cut).toMatchObject({ failure: { kind: 'offline' }, waiting: 2 });
  expect(sentBefore).toEqual(['sessions']);
  // The new engine sends only what the first had not: the samples and the original file.
  expect(pushed.slice(sentBefore.length).sort()).toEqual(['sources', 'streams']);
  expect(done).toMatchObject({ failure: null, waiting: 0, filesUploaded: 2 });
  expect(await getStreams(phone.db, ride.id)).toEqual(ride.streams);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('edits to different fields on two devices are both kept', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await updateSession(laptop.db, ride.id, { title: 'Hill repeats' });
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, ride.id, { rpe: 7 });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  for (const { db } of [laptop, phone])
    expect(await getSession(db, ride.id)).toMatchObject({ title: 'Hill repeats', rpe: 7 });
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('the later edit of one field wins, whichever device syncs first', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(5));
  await updateSession(phone.db, ride.id, { title: 'Later' });
  vi.setSystemTime(minutes(6));
  await updateSession(laptop.db, ride.id, { title: 'Latest' });
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) expect((await getSession(db, ride.id))?.title).toBe('Latest');
});

test('a delete beats an edit made before it', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await updateSession(phone.db, ride.id, { title: 'Edited first' });
  vi.setSystemTime(minutes(2));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toBeUndefined();
    expect((await db.sessions.get(ride.id))?.deletedAt).toBe(minutes(2));
    expect((await db.streams.get(ride.id))?.deletedAt).toBe(minutes(2));
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('deleting a session deletes it on the server too: no values, no samples, no stored files', async () => {
  const { t, laptop } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();

  const rows = await t.run((ctx) => ctx.db.query('syncRows').collect());
  const values = rows.flatMap((r) => r.fields.filter((f) => f.n !== 'deletedAt' && f.v !== '').map((f) => f.n));
  expect(rows.map((r) => r.table).sort()).toEqual(['sessions', 'sources', 'streams']);
  expect(values).toEqual([]);
  expect(await t.run((ctx) => ctx.db.query('syncFiles').collect())).toEqual([]);
  expect(await t.run((ctx) => ctx.db.system.query('_storage').collect())).toEqual([]);
});

test('an edit made after a delete on another device brings the session back, with the edit and its samples', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, ride.id, { notes: 'Legs felt great' });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toMatchObject({ title: 'Ride', notes: 'Legs felt great' });
    expect(await getStreams(db, ride.id)).toEqual(ride.streams);
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a delete not yet pushed loses to a later edit made on another device, and the session stays whole', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id); // the laptop is offline: its deletion waits
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, ride.id, { notes: 'Legs felt great' });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toMatchObject({
      title: 'Ride',
      notes: 'Legs felt great',
      distanceM: ride.distanceM,
      sources: ride.sources,
    });
    expect(await getStreams(db, ride.id)).toEqual(ride.streams);
  }
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a session imported on a device that had not synced it, edited after a delete elsewhere, comes back whole', async () => {
  const { t, laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await importRide(phone.db); // the same file, before the phone ever synced: its first push stamps the file's values 0

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();
  vi.setSystemTime(minutes(2));
  await updateSession(phone.db, ride.id, { rpe: 7 });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toMatchObject({ title: 'Ride', notes: null, rpe: 7, deletedAt: null });
    expect(await getStreams(db, ride.id)).toEqual(ride.streams);
    const original = await db.sources.get(ride.sources[0]!.contentHash);
    expect(await originalBytes(original!)).toEqual(new TextEncoder().encode('ride.fit'));
  }
  const [stored] = await t.run((ctx) =>
    ctx.db
      .query('syncRows')
      .filter((q) => q.eq(q.field('table'), 'sessions'))
      .collect(),
  );
  expect(stored!.fields.filter((f) => f.n === 'title' || f.n === 'notes')).toEqual([
    { n: 'notes', v: 'null', t: 0, d: 'phone' },
    { n: 'title', v: '"Ride"', t: 0, d: 'phone' },
  ]);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

/** Two devices; the phone's connection drops at its second push: a session's row reaches the server, its files do not. */
function phoneLosingItsSecondPush() {
  const t = convexTest(schema, modules);
  const transport = convexTestTransport(t, ada);
  let pushes = 0;
  const dropping: SyncTransport = {
    ...transport,
    push: (rows, files) =>
      ++pushes === 2
        ? Promise.reject(new SyncTransportError('offline', 'Connection lost'))
        : transport.push(rows, files),
  };
  return { t, laptop: device('laptop', transport), phone: device('phone', dropping) };
}

test("a session's files pushed after its deletion elsewhere, by a device that has not pulled it yet, stay deleted", async () => {
  const { t, laptop, phone } = phoneLosingItsSecondPush();
  await importRide(phone.db);
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(laptop.db, ride.id);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  // The original file, which the laptop had never seen when it deleted the session, goes at its next sync.
  vi.setSystemTime(minutes(2));
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toBeUndefined();
    expect((await db.streams.get(ride.id))?.deletedAt).toBe(minutes(1));
    expect((await db.sources.get(ride.sources[0]!.contentHash))?.deletedAt).toBe(minutes(2));
  }
  const rows = await t.run((ctx) => ctx.db.query('syncRows').collect());
  expect(rows.map((r) => [r.table, r.fields.find((f) => f.n === 'deletedAt')?.v])).toEqual([
    ['sessions', String(minutes(1))],
    ['streams', String(minutes(1))],
    ['sources', String(minutes(2))],
  ]);
  expect(await t.run((ctx) => ctx.db.query('syncFiles').collect())).toEqual([]);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a deletion that lost to a later import elsewhere is not sent again over it: the samples stay', async () => {
  const { t, laptop, phone } = phoneLosingItsSecondPush();
  await importRide(phone.db);
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(1));
  await deleteSession(phone.db, ride.id); // not pushed yet
  vi.setSystemTime(minutes(2));
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) {
    expect(await getSession(db, ride.id)).toMatchObject({ title: 'Ride', deletedAt: null });
    expect(await getStreams(db, ride.id)).toEqual(ride.streams);
  }
  const streams = await t.run((ctx) =>
    ctx.db
      .query('syncRows')
      .filter((q) => q.eq(q.field('table'), 'streams'))
      .collect(),
  );
  expect(streams.map((r) => r.fields.find((f) => f.n === 'deletedAt'))).toEqual([
    { n: 'deletedAt', v: 'null', t: minutes(2), d: 'laptop' },
  ]);
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});

test('a device whose clock is behind still wins with an edit made after seeing the other device', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  vi.setSystemTime(minutes(60)); // the laptop's clock is an hour ahead
  await updateSession(laptop.db, ride.id, { title: 'From the fast clock' });
  await laptop.engine.syncNow();
  vi.setSystemTime(minutes(5)); // later in truth, earlier by the phone's clock
  await phone.engine.syncNow();
  await updateSession(phone.db, ride.id, { title: 'Seen, then corrected' });
  await phone.engine.syncNow();
  await laptop.engine.syncNow();

  for (const { db } of [laptop, phone]) expect((await getSession(db, ride.id))?.title).toBe('Seen, then corrected');
});

test('wellness, notes and settings sync too; the API key setting never leaves the device', async () => {
  const { t, laptop, phone } = twoDevices();
  await saveRecord(laptop.db, 'notes', {
    id: 'n1',
    kind: 'note',
    sessionId: null,
    date: '2026-12-02',
    text: 'Easy week',
  });
  await saveRecord(laptop.db, 'settings', { id: 'units', value: 'metric' });
  await saveRecord(laptop.db, 'settings', { id: 'ai.apiKey', value: 'sk-secret' });

  await laptop.engine.syncNow();
  await phone.engine.syncNow();

  expect((await phone.db.notes.get('n1'))?.text).toBe('Easy week');
  expect((await phone.db.settings.get('units'))?.value).toBe('metric');
  expect(await phone.db.settings.get('ai.apiKey')).toBeUndefined();
  expect(JSON.stringify(await t.run((ctx) => ctx.db.query('syncRows').collect()))).not.toContain('sk-secret');
  expect(laptop.engine.status().waiting).toBe(0);
});

test('the list arrives before the samples: a pull stores summaries, then fetches the files', async () => {
  const { laptop, phone } = twoDevices();
  await importRide(laptop.db);
  await laptop.engine.syncNow();
  const phases: string[] = [];
  phone.engine.subscribe((s) => phases.push(`${s.phase}:${s.pulledThrough}`));

  await phone.engine.syncNow();

  expect([...new Set(phases)]).toEqual(['uploading:0', 'downloading:0', 'downloading:3', 'files:3', 'idle:3']);
});

test('live: a push on one device makes the other pull', async () => {
  const { laptop, phone } = twoDevices();
  const synced = new Promise<void>((resolve) =>
    phone.engine.subscribe((s) => {
      if (s.phase === 'idle' && s.pulledThrough === 3) resolve();
    }),
  );
  const stop = phone.engine.start();
  await importRide(laptop.db);
  await laptop.engine.syncNow();

  await synced;
  stop();
  expect((await getSession(phone.db, ride.id))?.title).toBe('Ride');
});

test('failures are told in words and the changes keep waiting', async () => {
  const failing = (kind: 'offline' | 'signed-out' | 'refused'): SyncTransport => {
    const fail = () => Promise.reject(new SyncTransportError(kind, 'A push takes at most 100 rows'));
    return {
      push: fail,
      pull: fail,
      startUploads: fail,
      uploadFile: fail,
      downloadFile: fail,
      watchHead: () => () => {},
    };
  };
  const outcomes = [];
  for (const kind of ['offline', 'signed-out', 'refused'] as const) {
    const { db, engine } = device(`failing-${kind}`, failing(kind));
    await saveRecord(db, 'notes', { id: 'n1', kind: 'note', sessionId: null, date: null, text: 'x' });
    const { failure, waiting, lastSyncedAt } = await engine.syncNow();
    outcomes.push({ failure, waiting, lastSyncedAt });
  }

  expect(outcomes).toEqual([
    {
      failure: {
        kind: 'offline',
        message: 'Offline: changes wait on this device and sync when the connection is back.',
      },
      waiting: 1,
      lastSyncedAt: null,
    },
    {
      failure: { kind: 'signed-out', message: 'Signed out: sign in to sync this library.' },
      waiting: 1,
      lastSyncedAt: null,
    },
    {
      failure: { kind: 'refused', message: 'The server refused the sync: A push takes at most 100 rows' },
      waiting: 1,
      lastSyncedAt: null,
    },
  ]);
});

test('paused by the athlete, sync sends and fetches nothing until resumed', async () => {
  const { t, laptop } = twoDevices();
  await importRide(laptop.db);
  await recordPrivacyChoice(laptop.db, { what: 'sync', on: false, at: minutes(1) });

  const paused = await laptop.engine.syncNow();

  expect(paused).toMatchObject({
    failure: {
      kind: 'paused',
      message:
        'Sync is paused (Settings, Your choices): nothing is sent or fetched, and the server keeps what it has untouched. Changes wait in this browser.',
    },
    lastSyncedAt: null,
  });
  expect(await t.run((ctx) => ctx.db.query('syncRows').collect())).toEqual([]);

  await recordPrivacyChoice(laptop.db, { what: 'sync', on: true, at: minutes(2) });
  expect(await laptop.engine.syncNow()).toMatchObject({ failure: null, waiting: 0 });
  expect(await t.run((ctx) => ctx.db.query('syncRows').collect())).toHaveLength(4);
});

test('the server syncs exactly the tables the local database calls synced', () => {
  expect([...SYNC_TABLES]).toEqual([...SYNCED_TABLES]);
});
