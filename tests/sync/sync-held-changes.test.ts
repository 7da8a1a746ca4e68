// One change the server refuses never holds up the rest: the engine splits the refused push until the
// refused row stands alone, keeps it on the device, and says which session and why (docs/sync.md).
import { convexTest } from 'convex-test';
import { expect, test, vi } from 'vitest';
import { getSession, saveImport, updateSession } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { emptyResult, epochMs, type Session } from '../../shared/model';
import { HeadHub, convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { ada, T0, useSyncClock } from '../support/sync/athlete';

useSyncClock();

const ride = testSession(fileHash('ride.fit'), { title: 'Ride', start: epochMs(T0) });
const run = testSession(fileHash('run.fit'), { title: 'Run', start: epochMs(T0 + 3_600_000) });
const save = (db: Parameters<typeof saveImport>[0], session: Session) =>
  saveImport(db, { ...emptyResult(), sessions: [session] }, bytesOf(session));

test('a row the server refuses stays on its device, named, while the rest of the library syncs', async () => {
  const transport = convexTestTransport(convexTest(schema, modules), ada, new HeadHub());
  const laptop = device('laptop', transport);
  const phone = device('phone', transport);
  await save(laptop.db, ride);
  await laptop.engine.syncNow();
  await phone.engine.syncNow();
  // Each device writes 150,000 characters into a different field of the ride: each change fits a row, both
  // together (300 KB) do not, so the server refuses the second.
  vi.setSystemTime(T0 + 60_000);
  await updateSession(laptop.db, ride.id, { notes: 'n'.repeat(150_000) });
  await updateSession(phone.db, ride.id, { title: 't'.repeat(150_000) });
  await save(phone.db, run);
  await laptop.engine.syncNow();

  const status = await phone.engine.syncNow();
  await laptop.engine.syncNow();

  expect(status.failure).toBeNull();
  expect(status.held).toEqual([
    {
      table: 'sessions',
      rowId: ride.id,
      session: { title: 't'.repeat(150_000), start: T0 },
      reason: `the server refused it (The sessions row ${ride.id} would hold 300777 bytes, more than 262144)`,
    },
  ]);
  expect(status.waiting).toBe(1);
  // The phone's other session, its samples and its file reached the laptop.
  expect((await getSession(laptop.db, run.id))?.title).toBe('Run');
  expect(await laptop.db.streams.get(run.id)).toMatchObject({ deletedAt: null });
  // The laptop's notes still reached the phone; its title stays the phone's own, waiting.
  expect(await getSession(phone.db, ride.id)).toMatchObject({ notes: 'n'.repeat(150_000), title: 't'.repeat(150_000) });
});

test('a row too large to sync stays on its device, named with its size, and the next one goes', async () => {
  const transport = convexTestTransport(convexTest(schema, modules), ada, new HeadHub());
  const laptop = device('laptop', transport);
  const phone = device('phone', transport);
  await save(laptop.db, { ...ride, notes: 'n'.repeat(300_000) });
  await save(laptop.db, run);

  const status = await laptop.engine.syncNow();
  await phone.engine.syncNow();

  expect(status.held).toEqual([
    {
      table: 'sessions',
      rowId: ride.id,
      session: { title: 'Ride', start: epochMs(T0) },
      reason: 'it holds 294 KiB of data, more than the 256 KiB one item may hold',
    },
  ]);
  expect(status).toMatchObject({ failure: null, waiting: 1 });
  expect((await getSession(phone.db, run.id))?.title).toBe('Run');
  expect(await getSession(phone.db, ride.id)).toBeUndefined();
});
