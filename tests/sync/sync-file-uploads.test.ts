// A push's files cost one call besides the uploads themselves (files:startUploads; the push records them), and a file
// the athlete already has is not uploaded again, from whichever device (docs/sync.md, "Protocol").
import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { saveImport } from '../../extension/db';
import { bytesOf, fileHash, testSession } from '../../extension/db/test-support/sessions';
import type { SyncTransport } from '../../extension/sync';
import { emptyResult, type Session } from '../../shared/model';
import schema from '../../convex/schema';
import { modules } from '../../convex/test.setup';
import { convexTestTransport } from '../support/sync/convex-test-transport';
import { device } from '../support/sync/devices';
import { ada, useSyncClock } from '../support/sync/athlete';

useSyncClock();

/** `inner`, writing down the name of each call made through it. */
function recording(inner: SyncTransport, calls: string[]): SyncTransport {
  const note =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    (...args: A) => {
      calls.push(name);
      return call(...args);
    };
  return {
    push: note('push', inner.push),
    pull: note('pull', inner.pull),
    startUploads: note('startUploads', inner.startUploads),
    uploadFile: note('uploadFile', inner.uploadFile),
    downloadFile: note('downloadFile', inner.downloadFile),
    watchHead: inner.watchHead,
  };
}

// Three originals, and three samples rows with the same samples: four distinct files.
const sessions = ['ride.fit', 'run.fit', 'swim.fit'].map((file) => testSession(fileHash(file), { title: file }));
const importAll = (db: Parameters<typeof saveImport>[0], all: readonly Session[]) =>
  saveImport(db, { ...emptyResult(), sessions: [...all] }, bytesOf(...all));

test("three sessions' four distinct files go up in one startUploads and four uploads, then the push naming them", async () => {
  const t = convexTest(schema, modules);
  const calls: string[] = [];
  const laptop = device('laptop', recording(convexTestTransport(t, ada), calls));
  await importAll(laptop.db, sessions);

  expect(await laptop.engine.syncNow()).toMatchObject({ failure: null, waiting: 0, filesUploaded: 4 });
  const uploads = calls.slice(calls.indexOf('startUploads'), calls.lastIndexOf('uploadFile') + 2);
  expect(uploads).toEqual(['startUploads', ...Array(4).fill('uploadFile'), 'push']);
  expect(await t.run(async (ctx) => (await ctx.db.query('syncFiles').collect()).length)).toBe(4);
});

test('the same files imported on a second device are not uploaded again', async () => {
  const t = convexTest(schema, modules);
  const calls: string[] = [];
  const laptop = device('laptop', convexTestTransport(t, ada));
  const phone = device('phone', recording(convexTestTransport(t, ada), calls));
  await importAll(laptop.db, sessions);
  await importAll(phone.db, sessions);

  await laptop.engine.syncNow();
  const second = await phone.engine.syncNow();

  expect(second).toMatchObject({ failure: null, waiting: 0, filesUploaded: 0 });
  expect(calls.filter((c) => c === 'uploadFile')).toEqual([]);
  expect(await t.run(async (ctx) => (await ctx.db.query('syncFiles').collect()).length)).toBe(4);
  expect(await t.run(async (ctx) => (await ctx.db.system.query('_storage').collect()).length)).toBe(4);
});
