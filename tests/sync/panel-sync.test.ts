// Sync follows the account in the side panel: signing in starts the engine,
// which uploads this browser's library; signing out stops it.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from '../../convex/_generated/api';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import type { Account, AccountState } from '../../extension/account/account';
import { syncWhileSignedIn } from '../../extension/account/panel-sync';
import { saveImport } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { createSyncEngine, type SyncEngine } from '../../extension/sync';
import { emptyResult } from '../../shared/model';
import { convexTestTransport, HeadHub } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { localLocks } from '../support/sync/local-locks';
import { ada } from '../support/sync/athlete';

function switchableAccount(initial: AccountState) {
  let state = initial;
  const listeners = new Set<(s: AccountState) => void>();
  const account: Account = {
    fetchToken: async () => null,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    mountSignIn: () => () => undefined,
    signOut: async () => undefined,
  };
  const become = (next: AccountState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };
  return { account, become };
}

/** Resolves with the next engine (or null) the sync announces. */
const nextEngine = (sync: ReturnType<typeof syncWhileSignedIn>) =>
  new Promise<SyncEngine | null>((resolve) => {
    const stop = sync.subscribe((engine) => {
      stop();
      resolve(engine);
    });
  });

test('signing in starts sync, which uploads the library; signing out stops it', async () => {
  const t = convexTest(schema, modules);
  const hub = new HeadHub();
  const transport = convexTestTransport(t, ada, hub);
  const { db } = device('laptop', transport);
  const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });
  await saveImport(db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  const { account, become } = switchableAccount({ signedIn: false });
  let opened = 0;
  const sync = syncWhileSignedIn(
    Promise.resolve(account),
    async () => {
      opened++;
      return createSyncEngine({ db, transport, deviceId: 'laptop' });
    },
    localLocks(),
  );

  const started = nextEngine(sync);
  become({ signedIn: true, label: 'ada@example.test' });
  const engine = await started;
  const settled = await engine!.syncNow();

  expect(opened).toBe(1);
  expect(settled).toMatchObject({ failure: null, waiting: 0 });
  // The session, its samples and its original file: three rows under the athlete.
  expect(await t.withIdentity(ada).query(api.sync.head, {})).toBe(3);

  const stopped = nextEngine(sync);
  become({ signedIn: false });
  expect(await stopped).toBeNull();
  expect(sync.engine()).toBeNull();
  sync.stop();
});

test('a build without accounts (no account loaded) never opens sync', async () => {
  let opened = 0;
  const loading = Promise.resolve(null);
  const sync = syncWhileSignedIn(
    loading,
    async () => {
      opened++;
      return null;
    },
    localLocks(),
  );
  // The sync's own handler of the loaded account was registered first, so it has run after this.
  await loading;

  expect(sync.engine()).toBeNull();
  expect(opened).toBe(0);
});
