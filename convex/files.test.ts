// A batch's files take two calls besides the uploads: files:startUploads (which the athlete has, an upload URL for
// each other one) and files:register (all the batch's uploads at once). docs/sync.md, "Files".
import { convexTest, type TestConvex } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';
import { asAdult } from '../tests/support/adult-athlete';
import { sha256Hex } from '../shared/model';
import { toWire } from '../shared/sync/fields-text';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
type Tester = TestConvex<typeof schema>;

const RIDE = new TextEncoder().encode('ride samples');
const RUN = new TextEncoder().encode('run samples');

/** What a POST to an upload URL does: store the bytes, answer their storage id. */
const store = (t: Tester, bytes: Uint8Array) =>
  t.run((ctx) => ctx.storage.store(new Blob([bytes as Uint8Array<ArrayBuffer>])));

/** The registered files as `<subject>:<hash's first 8>`, and how many uploads are waiting to be collected. */
const server = (t: Tester) =>
  t.run(async (ctx) => {
    const files = await ctx.db.query('syncFiles').collect();
    const owners = await Promise.all(files.map((f) => ctx.db.get(f.userId)));
    const scheduled = await ctx.db.system.query('_scheduled_functions').collect();
    return {
      files: files.map((f, i) => `${owners[i]!.tokenIdentifier.split('|')[1]}:${f.sha256.slice(0, 8)}`).sort(),
      collections: scheduled.map((s) => (s.args[0] as { hashes: string[] }).hashes.length),
    };
  });

test('one call hands out an upload URL for each missing file, once per hash, and says which are stored', async () => {
  const t = convexTest(schema, modules);
  const laptop = await asAdult(t, ada);
  const [ride, run] = [sha256Hex(RIDE), sha256Hex(RUN)];

  const first = await laptop.mutation(api.files.startUploads, { hashes: [ride, run, ride] });
  expect(first.stored).toEqual([]);
  expect(first.uploads.map((u) => u.sha256)).toEqual([ride, run]);
  expect(new Set(first.uploads.map((u) => u.url)).size).toBe(2);

  await laptop.mutation(api.files.register, { files: [{ sha256: ride, storageId: await store(t, RIDE) }] });

  // Her phone, the same athlete: the ride is stored, only the run is to upload.
  const phone = t.withIdentity(ada);
  const second = await phone.mutation(api.files.startUploads, { hashes: [ride, run] });
  expect(second.stored).toEqual([ride]);
  expect(second.uploads.map((u) => u.sha256)).toEqual([run]);
  // Another athlete with the same bytes uploads them: Ada's file is hers.
  const asBen = await asAdult(t, ben);
  expect((await asBen.mutation(api.files.startUploads, { hashes: [ride] })).stored).toEqual([]);
});

test('one register records a batch of uploads, and a replay of it changes nothing', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const files = [
    { sha256: sha256Hex(RIDE), storageId: await store(t, RIDE) },
    { sha256: sha256Hex(RUN), storageId: await store(t, RUN) },
  ];

  await asAda.mutation(api.files.register, { files });
  const once = await server(t);
  await asAda.mutation(api.files.register, { files });

  expect(once).toEqual({
    files: [`user_ada:${files[0]!.sha256.slice(0, 8)}`, `user_ada:${files[1]!.sha256.slice(0, 8)}`].sort(),
    collections: [2],
  });
  expect(await server(t)).toEqual(once);
});

test('a register naming a file never uploaded is refused, and nothing of its batch is recorded', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const run = sha256Hex(RUN);
  // A storage id that held nothing by the time of the call: uploaded and gone.
  const gone = await store(t, RUN);
  await t.run((ctx) => ctx.storage.delete(gone));

  await expect(
    asAda.mutation(api.files.register, {
      files: [
        { sha256: sha256Hex(RIDE), storageId: await store(t, RIDE) },
        { sha256: run, storageId: gone },
      ],
    }),
  ).rejects.toThrow(`No uploaded file for ${run}: upload it first`);
  expect(await server(t)).toEqual({ files: [], collections: [] });
});

test('an upload cut off before its register is not stored: the file is handed out to upload again', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const ride = sha256Hex(RIDE);
  const streamsRow = {
    table: 'streams' as const,
    rowId: 's1',
    fields: [{ n: 'blob', v: JSON.stringify(ride), t: 1, d: 'laptop' }],
  };
  await store(t, RIDE); // the upload whose register never came

  expect((await asAda.mutation(api.files.startUploads, { hashes: [ride] })).uploads.map((u) => u.sha256)).toEqual([
    ride,
  ]);
  await expect(asAda.mutation(api.sync.push, { rows: toWire([streamsRow]) })).rejects.toThrow(
    `A streams row names a file that was not uploaded first: "${ride}"`,
  );
  await asAda.mutation(api.files.register, { files: [{ sha256: ride, storageId: await store(t, RIDE) }] });
  await asAda.mutation(api.sync.push, { rows: toWire([streamsRow]) });
  expect(await server(t)).toEqual({ files: [`user_ada:${ride.slice(0, 8)}`], collections: [1] });
});

test('a call names at most 500 files', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const storageId = await store(t, RIDE);
  const hashes = Array.from({ length: 501 }, (_, i) => i.toString(16).padStart(64, '0'));

  await expect(asAda.mutation(api.files.startUploads, { hashes })).rejects.toThrow(
    'At most 500 files at once, not 501',
  );
  await expect(
    asAda.mutation(api.files.register, { files: hashes.map((sha256) => ({ sha256, storageId })) }),
  ).rejects.toThrow('At most 500 files at once, not 501');
});
