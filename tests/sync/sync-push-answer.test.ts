// A push's answer settles the rows the server now holds exactly as the device does in a few bulk requests
// (extension/db/sync-store.ts, settleUnchanged); a row changed while its push was on the way is not one of them:
// the change stays waiting and goes in the next push.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { countWaiting, getSession, saveImport, updateSession } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import type { SyncTransport } from '../../extension/sync';
import { emptyResult } from '../../shared/model';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { HeadHub, convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { libraryOf } from '../support/sync/library';
import { ada, useSyncClock } from '../support/sync/athlete';

const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });

// Every write in the same millisecond: a change made during the push has the same time as the import.
useSyncClock();

test('a title edited while the push is on the way reaches the other device', async () => {
  const t = convexTest(schema, modules);
  const hub = new HeadHub();
  const inner = convexTestTransport(t, ada, hub);
  let edit: (() => Promise<unknown>) | null = null;
  const editing: SyncTransport = {
    ...inner,
    async push(rows, files) {
      const answer = await inner.push(rows, files);
      await edit?.();
      edit = null;
      return answer;
    },
  };
  const laptop = device('laptop', editing);
  const phone = device('phone', inner);
  await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  edit = () => updateSession(laptop.db, ride.id, { title: 'Hill repeats' });

  const first = await laptop.engine.syncNow();
  await phone.engine.syncNow();

  expect(first).toMatchObject({ failure: null, waiting: 0 });
  expect(await countWaiting(laptop.db)).toBe(0);
  expect((await getSession(phone.db, ride.id))?.title).toBe('Hill repeats');
  expect(await libraryOf(phone.db)).toEqual(await libraryOf(laptop.db));
});
