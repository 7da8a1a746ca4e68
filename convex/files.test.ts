// A batch's files take one call besides the uploads: files:startUploads (which the athlete has, an upload URL
// for each other one); the push whose rows name the uploads records them. docs/sync.md, "Files of a push".
import { convexTest, type TestConvex } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import type { Id } from './_generated/dataModel';
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

/** The samples row of session `rowId`, naming the file `sha256`. */
const samplesRow = (rowId: string, sha256: string) => ({
  table: 'streams' as const,
  rowId,
  fields: [{ n: 'blob', v: JSON.stringify(sha256), t: 1, d: 'laptop' }],
});

/** A push of samples rows, one a file, bringing the uploads. */
const pushWith = (files: { sha256: string; storageId: Id<'_storage'> }[]) => ({
  rows: toWire(files.map((f, i) => samplesRow(`s${i}`, f.sha256))),
  files,
});

/** The registered files as `<subject>:<hash's first 8>`, and the athlete's last change number. */
const server = (t: Tester) =>
  t.run(async (ctx) => {
    const files = await ctx.db.query('syncFiles').collect();
    const owners = await Promise.all(files.map((f) => ctx.db.get(f.userId)));
    const counters = await ctx.db.query('syncCounters').collect();
    return {
      files: files.map((f, i) => `${owners[i]!.tokenIdentifier.split('|')[1]}:${f.sha256.slice(0, 8)}`).sort(),
      changes: counters.map((c) => c.seq),
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

  await laptop.mutation(api.sync.push, pushWith([{ sha256: ride, storageId: await store(t, RIDE) }]));

  // Her phone, the same athlete: the ride is stored, only the run is to upload.
  const phone = t.withIdentity(ada);
  const second = await phone.mutation(api.files.startUploads, { hashes: [ride, run] });
  expect(second.stored).toEqual([ride]);
  expect(second.uploads.map((u) => u.sha256)).toEqual([run]);
  // Another athlete with the same bytes uploads them: Ada's file is hers.
  const asBen = await asAdult(t, ben);
  expect((await asBen.mutation(api.files.startUploads, { hashes: [ride] })).stored).toEqual([]);
});

test('a push records the uploads its rows name, and a replay of it changes nothing', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const files = [
    { sha256: sha256Hex(RIDE), storageId: await store(t, RIDE) },
    { sha256: sha256Hex(RUN), storageId: await store(t, RUN) },
  ];

  await asAda.mutation(api.sync.push, pushWith(files));
  const once = await server(t);
  await asAda.mutation(api.sync.push, pushWith(files));

  expect(once).toEqual({
    files: [`user_ada:${files[0]!.sha256.slice(0, 8)}`, `user_ada:${files[1]!.sha256.slice(0, 8)}`].sort(),
    changes: [2],
  });
  expect(await server(t)).toEqual(once);
});

test('a push bringing a file never uploaded is refused, and nothing of it is recorded', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const run = sha256Hex(RUN);
  // A storage id that held nothing by the time of the call: uploaded and gone.
  const gone = await store(t, RUN);
  await t.run((ctx) => ctx.storage.delete(gone));

  await expect(
    asAda.mutation(
      api.sync.push,
      pushWith([
        { sha256: sha256Hex(RIDE), storageId: await store(t, RIDE) },
        { sha256: run, storageId: gone },
      ]),
    ),
  ).rejects.toThrow(`No uploaded file for ${run}: upload it first`);
  expect(await server(t)).toEqual({ files: [], changes: [] });
});

test('an upload whose push never came is not stored: the file is handed out to upload again', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const ride = sha256Hex(RIDE);
  await store(t, RIDE); // the upload whose push never came

  expect((await asAda.mutation(api.files.startUploads, { hashes: [ride] })).uploads.map((u) => u.sha256)).toEqual([
    ride,
  ]);
  await expect(asAda.mutation(api.sync.push, { rows: toWire([samplesRow('s1', ride)]) })).rejects.toThrow(
    `A streams row names a file that was not uploaded first: "${ride}"`,
  );
  await asAda.mutation(api.sync.push, pushWith([{ sha256: ride, storageId: await store(t, RIDE) }]));
  expect(await server(t)).toEqual({ files: [`user_ada:${ride.slice(0, 8)}`], changes: [1] });
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
    asAda.mutation(api.sync.push, { rows: [], files: hashes.map((sha256) => ({ sha256, storageId })) }),
  ).rejects.toThrow('At most 500 files at once, not 501');
});
