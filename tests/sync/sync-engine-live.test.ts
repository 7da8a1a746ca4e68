// The engine started as the open panel starts it (extension/account/panel-sync.ts):
// what is changed on one device goes up without anyone asking, and the other
// device, following the server's head, brings it in.
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { getSession, saveImport, updateSession } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import { SyncTransportError, type SyncTransport } from '../../extension/sync';
import { emptyResult } from '../../shared/model';
import { convexTestTransport, HeadHub } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { ada } from '../support/sync/athlete';

test('an import on the laptop and an edit on the phone each reach the other device while both are started', async () => {
  const t = convexTest(schema, modules);
  const hub = new HeadHub();
  const laptop = device('laptop', convexTestTransport(t, ada, hub));
  const phone = device('phone', convexTestTransport(t, ada, hub));
  const stops = [laptop.engine.start(), phone.engine.start()];
  // Both devices done with the sync that starting begins, so nothing but the changes below starts another.
  const settled = () => Promise.all([laptop.engine.syncNow(), phone.engine.syncNow()]);
  // Polled until it arrives; generous, as a loaded machine runs the devices' syncs slowly.
  const arrival = { timeout: 10_000 };
  try {
    await settled();
    const ride = testSession(fileHash('first ride.fit'), { title: 'Ride' });
    await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
    await expect.poll(async () => (await getSession(phone.db, ride.id))?.title, arrival).toBe('Ride');
    await settled();

    await updateSession(phone.db, ride.id, { title: 'Hill repeats' });
    await expect.poll(async () => (await getSession(laptop.db, ride.id))?.title, arrival).toBe('Hill repeats');
    await expect.poll(() => [laptop.engine.status().waiting, phone.engine.status().waiting], arrival).toEqual([0, 0]);
  } finally {
    for (const stop of stops) stop();
  }
});

test('a sync the server refused runs again when the server answers anew, and the waiting changes go up', async () => {
  const t = convexTest(schema, modules);
  const hub = new HeadHub();
  const server = convexTestTransport(t, ada, hub);
  // Refused as an account that has not confirmed its age is, until it does.
  let refusing = true;
  const refusal = () => new SyncTransportError('refused', 'Confirm that you are 16 or older');
  const transport: SyncTransport = {
    ...server,
    push: (rows, files) => (refusing ? Promise.reject(refusal()) : server.push(rows, files)),
    pull: (after, limit) => (refusing ? Promise.reject(refusal()) : server.pull(after, limit)),
  };
  const laptop = device('laptop', transport);
  const ride = testSession(fileHash('second ride.fit'), { title: 'Ride' });
  await saveImport(laptop.db, { ...emptyResult(), sessions: [ride] }, bytesOf(ride));
  const stop = laptop.engine.start();
  try {
    expect((await laptop.engine.syncNow()).failure).toEqual({
      kind: 'refused',
      message: 'The server refused the sync: Confirm that you are 16 or older',
    });
    refusing = false;
    hub.publish();
    await expect.poll(() => laptop.engine.status()).toMatchObject({ failure: null, waiting: 0 });
  } finally {
    stop();
  }
});
