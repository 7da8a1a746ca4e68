// Sync with the side panel closed (docs/sync.md, "Live"): the background's
// pass on an alarm, on coming back online and at the browser's start, against
// the real sync functions in convex-test, with the wake-ups fired by hand.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import type { Account } from '../../extension/account/account';
import { cloudConfig } from '../../extension/account/cloud-config';
import { syncWhileSignedIn } from '../../extension/account/panel-sync';
import { countWaiting, recordPrivacyChoice, saveImport, saveRecord, type SessionsDb } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import {
  backgroundSyncPass,
  createSyncEngine,
  holdSyncLock,
  OFFLINE_MESSAGE,
  scheduleBackgroundSync,
  type SkippedPass,
  type SyncConnection,
  type SyncEngine,
  type SyncLocks,
  type SyncStatus,
  SyncTransportError,
  type SyncTransport,
} from '../../extension/sync';
import { emptyResult } from '../../shared/model';
import { convexTestTransport, HeadHub } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { fakeTriggers } from '../support/sync/fake-triggers';
import { libraryOf } from '../support/sync/library';
import { localLocks } from '../support/sync/local-locks';
import { ada, T0, useSyncClock } from '../support/sync/athlete';

const WITH_ACCOUNTS = cloudConfig({
  WXT_CONVEX_URL: 'http://127.0.0.1:3210',
  WXT_CLERK_PUBLISHABLE_KEY: 'pk_test_Y2xlcmsuZXhhbXBsZS50ZXN0JA',
});

useSyncClock();

function twoDevices() {
  const t = convexTest(schema, modules);
  const transport = convexTestTransport(t, ada, new HeadHub());
  const serverRows = () => t.run((ctx) => ctx.db.query('syncRows').collect());
  return { transport, serverRows, laptop: device('laptop', transport), phone: device('phone', transport) };
}

const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });
const importRide = (db: SessionsDb) => saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
const note = (id: string, text: string) => ({ id, kind: 'note' as const, sessionId: null, date: '2026-12-01', text });

/** The sign-in as the background sees it: `connect` answers with `transport` (null: signed out), counted. */
function account(connection: (() => SyncTransport | null) | SyncTransport | null) {
  const calls = { connects: 0, closes: 0 };
  const connect = async (): Promise<SyncConnection | null> => {
    calls.connects++;
    const transport = typeof connection === 'function' ? connection() : connection;
    return transport === null ? null : { transport, close: () => void calls.closes++ };
  };
  return { connect, calls };
}

/** The background of one browser: its wake-ups, and every pass they started, in order. */
function background(db: SessionsDb, connect: () => Promise<SyncConnection | null>, locks: SyncLocks = localLocks()) {
  const triggers = fakeTriggers();
  const passes: Promise<SyncStatus | SkippedPass>[] = [];
  scheduleBackgroundSync(WITH_ACCOUNTS, triggers, () => {
    const pass = backgroundSyncPass({ db, locks, connect });
    passes.push(pass);
    return pass;
  });
  return { triggers, passes };
}

/** The status a newly opened panel's engine shows before it has synced. */
const firstStatus = (engine: SyncEngine) =>
  new Promise<SyncStatus>((resolve) => {
    const stop = engine.subscribe((status) => {
      stop();
      resolve(status);
    });
  });

test('an alarm with a signed-in account pushes the outbox and pulls another device’s change', async () => {
  const { transport, serverRows, laptop, phone } = twoDevices();
  await saveRecord(phone.db, 'notes', note('n1', 'Easy spin, legs heavy'));
  await phone.engine.syncNow();
  await importRide(laptop.db);
  const { connect, calls } = account(transport);
  const { triggers, passes } = background(laptop.db, connect);

  triggers.fireAlarm('another-extension-alarm');
  triggers.fireAlarm('sessionsai-sync');

  expect(triggers.alarms).toEqual([['sessionsai-sync', 5]]);
  expect(passes).toHaveLength(1);
  expect(await passes[0]).toMatchObject({ failure: null, waiting: 0, lastSyncedAt: T0, filesUploaded: 2 });
  expect(calls).toEqual({ connects: 1, closes: 1 });
  expect((await libraryOf(laptop.db)).notes).toEqual({
    n1: { ...note('n1', 'Easy spin, legs heavy'), deletedAt: null },
  });
  // The ride's summary, samples and original file, and the phone's note.
  expect(await serverRows()).toHaveLength(4);
  await phone.engine.syncNow();
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
  // Settings → Account, opened afterwards, says when the background synced.
  expect(await firstStatus(createSyncEngine({ db: laptop.db, transport, deviceId: 'laptop' }))).toMatchObject({
    lastSyncedAt: T0,
    waiting: 0,
    failure: null,
  });
});

test('the browser’s start syncs what another device changed meanwhile', async () => {
  const { transport, laptop, phone } = twoDevices();
  const { triggers, passes } = background(laptop.db, account(transport).connect);
  await saveRecord(phone.db, 'notes', note('n2', 'Rest day'));
  await phone.engine.syncNow();

  triggers.startBrowser();

  expect(await passes[0]).toMatchObject({ failure: null, waiting: 0 });
  expect(Object.keys((await libraryOf(laptop.db)).notes ?? {})).toEqual(['n2']);
});

test('offline, the pass says so and the outbox waits; back online, it syncs', async () => {
  const { transport, serverRows, laptop } = twoDevices();
  let online = false;
  const reachable = () => {
    // The sign-in service is the first thing a pass reaches (account/background-connection.ts).
    if (!online) throw new SyncTransportError('offline', 'Could not reach the sign-in service');
    return transport;
  };
  const { triggers, passes } = background(laptop.db, account(reachable).connect);
  await importRide(laptop.db);

  triggers.fireAlarm('sessionsai-sync');
  expect(await passes[0]).toBe('unreachable');
  expect(await countWaiting(laptop.db)).toBe(3);
  expect(await firstStatus(createSyncEngine({ db: laptop.db, transport, deviceId: 'laptop' }))).toEqual(
    expect.objectContaining({ lastSyncedAt: null, waiting: 3, failure: { kind: 'offline', message: OFFLINE_MESSAGE } }),
  );

  online = true;
  triggers.goOnline();

  expect(await passes[1]).toMatchObject({ failure: null, waiting: 0, lastSyncedAt: T0 });
  expect(await serverRows()).toHaveLength(3);
});

test('paused by the athlete, no wake-up runs anything, not even the sign-in', async () => {
  const { transport, serverRows, laptop } = twoDevices();
  await importRide(laptop.db);
  await recordPrivacyChoice(laptop.db, { what: 'sync', on: false, at: T0 });
  const { connect, calls } = account(transport);
  const { triggers, passes } = background(laptop.db, connect);

  triggers.fireAlarm('sessionsai-sync');
  triggers.goOnline();
  triggers.startBrowser();

  expect(await Promise.all(passes)).toEqual(['paused', 'paused', 'paused']);
  expect(calls.connects).toBe(0);
  expect(await serverRows()).toEqual([]);
  // The ride's three rows and the choice itself (a synced setting) wait for sync to resume.
  expect(await countWaiting(laptop.db)).toBe(4);
});

test('signed out, a pass sends and fetches nothing', async () => {
  const { serverRows, laptop } = twoDevices();
  await importRide(laptop.db);
  const { triggers, passes } = background(laptop.db, account(null).connect);

  triggers.fireAlarm('sessionsai-sync');

  expect(await passes[0]).toBe('signed-out');
  expect(await serverRows()).toEqual([]);
  expect(await countWaiting(laptop.db)).toBe(3);
});

test('while the panel’s engine is live, the background does not sync; after sign-out it does', async () => {
  const { transport, serverRows, laptop } = twoDevices();
  const locks = localLocks();
  let signedIn = true;
  const listeners = new Set<(state: { signedIn: false }) => void>();
  const panelAccount: Account = {
    fetchToken: async () => null,
    state: () => (signedIn ? { signedIn: true, label: 'ada@example.test' } : { signedIn: false }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mountSignIn: () => () => undefined,
    signOut: async () => undefined,
  };
  const panel = syncWhileSignedIn(
    Promise.resolve(panelAccount),
    async () => createSyncEngine({ db: laptop.db, transport, deviceId: 'laptop' }),
    locks,
  );
  const live = await new Promise<SyncEngine | null>((resolve) => panel.subscribe(resolve));
  await live?.syncNow();
  await importRide(laptop.db);
  const { connect, calls } = account(transport);
  const { triggers, passes } = background(laptop.db, connect, locks);

  triggers.fireAlarm('sessionsai-sync');
  expect(await passes[0]).toBe('busy');
  expect(calls.connects).toBe(0);

  const stopped = new Promise((resolve) => panel.subscribe(resolve));
  signedIn = false;
  for (const listener of listeners) listener({ signedIn: false });
  await stopped;
  triggers.fireAlarm('sessionsai-sync');

  expect(await passes[1]).toMatchObject({ failure: null, waiting: 0 });
  expect(await serverRows()).toHaveLength(3);
});

test('a pass holds the lock to its end: a second wake-up skips, the panel waits for it', async () => {
  const { transport, laptop } = twoDevices();
  await importRide(laptop.db);
  let reachPush: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    reachPush = resolve;
  });
  let openGate: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    openGate = resolve;
  });
  const slow: SyncTransport = {
    ...transport,
    async push(rows, files) {
      reachPush();
      await gate;
      return transport.push(rows, files);
    },
  };
  const locks = localLocks();
  const { triggers, passes } = background(laptop.db, account(slow).connect, locks);
  const order: string[] = [];

  triggers.fireAlarm('sessionsai-sync');
  await reached;
  triggers.goOnline();
  const panelHolds = holdSyncLock(locks).then((release) => {
    order.push('panel holds the lock');
    return release;
  });
  void passes[0]?.then(() => order.push('background pass done'));
  openGate();

  expect(await passes[1]).toBe('busy');
  expect(await passes[0]).toMatchObject({ failure: null, waiting: 0 });
  (await panelHolds)();
  expect(order).toEqual(['background pass done', 'panel holds the lock']);
});

test('a build without accounts sets no alarm and listens to nothing', () => {
  const triggers = fakeTriggers();
  let passes = 0;
  scheduleBackgroundSync(cloudConfig({}), triggers, async () => void passes++);

  triggers.fireAlarm('sessionsai-sync');
  triggers.goOnline();
  triggers.startBrowser();

  expect(triggers.alarms).toEqual([]);
  expect(triggers.listenerCount()).toBe(0);
  expect(passes).toBe(0);
});
