// A push's answer moves the pull cursor past the push's own rows when nothing else changed since the cursor:
// a first upload does not pull its own library back, and a change made meanwhile elsewhere is still pulled.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { getSession, saveImport } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import type { SyncTransport } from '../../extension/sync';
import { emptyResult, type Session } from '../../shared/model';
import { HeadHub, convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { ada } from '../support/sync/athlete';

const ride = testSession(fileHash('ride.fit'), { title: 'Ride' });
const run = testSession(fileHash('run.fit'), { title: 'Run' });
const save = (db: Parameters<typeof saveImport>[0], session: Session) =>
  saveImport(db, { ...emptyResult(), sessions: [session] }, bytesOf(session));

/** The transport, counting the rows its pulls bring. */
function countingPulls(transport: SyncTransport) {
  const pulled = { rows: 0 };
  return {
    pulled,
    transport: {
      ...transport,
      pull: async (after: number, limit: number) => {
        const page = await transport.pull(after, limit);
        pulled.rows += page.rows.length;
        return page;
      },
    } satisfies SyncTransport,
  };
}

test('a first upload moves the cursor past its own rows and pulls none of them back', async () => {
  const { transport, pulled } = countingPulls(convexTestTransport(convexTest(schema, modules), ada, new HeadHub()));
  const laptop = device('laptop', transport);
  await save(laptop.db, ride);

  const status = await laptop.engine.syncNow();

  // The session, its samples and its original file: change numbers 1 to 3.
  expect(status).toMatchObject({ failure: null, waiting: 0, pulledThrough: 3 });
  expect(pulled.rows).toBe(0);
});

test('a change another device pushed first is still pulled: the cursor moves only over numbers all accounted for', async () => {
  const shared = convexTestTransport(convexTest(schema, modules), ada, new HeadHub());
  const { transport, pulled } = countingPulls(shared);
  const laptop = device('laptop', transport);
  const phone = device('phone', shared);
  await save(phone.db, run);
  await phone.engine.syncNow();
  await save(laptop.db, ride);

  const status = await laptop.engine.syncNow();

  // The phone's rows took 1 to 3, the laptop's push 4 to 6: the laptop pulls all six.
  expect(status).toMatchObject({ failure: null, waiting: 0, pulledThrough: 6 });
  expect(pulled.rows).toBe(6);
  expect((await getSession(laptop.db, run.id))?.title).toBe('Run');
});
