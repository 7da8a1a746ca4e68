// Deletion deletes on the server too (issue 12, docs/sync.md): a stored file
// stays while a live row of its athlete names it, and goes with the last one.
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

const SAMPLES = new TextEncoder().encode('{"time":[0,1,2],"hr":[120,121,122]}');
const ORIGINAL = new Uint8Array([1, 2, 3]);
const field = (n: string, value: unknown, t: number) => ({ n, v: JSON.stringify(value), t, d: 'laptop' });

/** Uploads `bytes` as a POST to an upload URL does: the push naming them brings the answer (`files`). */
async function upload(t: TestConvex<typeof schema>, bytes: Uint8Array) {
  const sha256 = sha256Hex(bytes);
  return { sha256, storageId: await t.run((ctx) => ctx.storage.store(new Blob([bytes as Uint8Array<ArrayBuffer>]))) };
}

/** A live session with its samples row (and, given `original`, its original file's row), written at `t`. */
function session(id: string, samples: string, at: number, original?: string) {
  return [
    { table: 'sessions' as const, rowId: id, fields: [field('title', 'Ride', at), field('deletedAt', null, at)] },
    { table: 'streams' as const, rowId: id, fields: [field('blob', samples, at), field('deletedAt', null, at)] },
    ...(original === undefined
      ? []
      : [
          {
            table: 'sources' as const,
            rowId: original,
            fields: [field('blob', original, at), field('deletedAt', null, at)],
          },
        ]),
  ];
}

const deletion = (table: 'sessions' | 'sources', rowId: string, at: number) => ({
  table,
  rowId,
  fields: [field('deletedAt', at, at)],
});

/** Every athlete's registered files, as `<subject>:<first 8 hex digits>`, and how many objects file storage holds. */
function stored(t: TestConvex<typeof schema>) {
  return t.run(async (ctx) => {
    const files = await ctx.db.query('syncFiles').collect();
    const owners = await Promise.all(files.map((f) => ctx.db.get(f.userId)));
    return {
      files: files.map((f, i) => `${owners[i]!.tokenIdentifier.split('|')[1]}:${f.sha256.slice(0, 8)}`).sort(),
      objects: (await ctx.db.system.query('_storage').collect()).length,
    };
  });
}

test("a deleted session's samples and original file leave file storage and the files table in the same push", async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const files = [await upload(t, SAMPLES), await upload(t, ORIGINAL)];
  const [samples, original] = files.map((f) => f.sha256) as [string, string];
  await asAda.mutation(api.sync.push, { rows: toWire(session('s1', samples, 10, original)), files });
  expect(await stored(t)).toEqual({
    files: ['user_ada:039058c6', `user_ada:${samples.slice(0, 8)}`].sort(),
    objects: 2,
  });

  await asAda.mutation(api.sync.push, {
    rows: toWire([deletion('sessions', 's1', 20), deletion('sources', original, 20)]),
  });

  expect(await stored(t)).toEqual({ files: [], objects: 0 });
  expect(await asAda.mutation(api.files.startUploads, { hashes: [samples, original] })).toMatchObject({ stored: [] });
  expect(await asAda.query(api.files.url, { sha256: samples })).toBeNull();
});

test('a file two live sessions name stays until both are deleted', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const file = await upload(t, SAMPLES);
  const samples = file.sha256;
  await asAda.mutation(api.sync.push, {
    rows: toWire([...session('s1', samples, 10), ...session('s2', samples, 10)]),
    files: [file],
  });

  await asAda.mutation(api.sync.push, { rows: toWire([deletion('sessions', 's1', 20)]) });
  const afterFirst = await stored(t);
  await asAda.mutation(api.sync.push, { rows: toWire([deletion('sessions', 's2', 30)]) });

  expect(afterFirst).toEqual({ files: [`user_ada:${samples.slice(0, 8)}`], objects: 1 });
  expect(await stored(t)).toEqual({ files: [], objects: 0 });
});

test('a push that deletes one row and names its file in another keeps the file, whatever the order', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const file = await upload(t, SAMPLES);
  const samples = file.sha256;
  await asAda.mutation(api.sync.push, { rows: toWire(session('s1', samples, 10)), files: [file] });

  await asAda.mutation(api.sync.push, {
    rows: toWire([deletion('sessions', 's1', 20), ...session('s2', samples, 20)]),
  });

  expect(await stored(t)).toEqual({ files: [`user_ada:${samples.slice(0, 8)}`], objects: 1 });
});

test("another athlete's file with the same SHA-256 stays when one athlete deletes theirs", async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const asBen = await asAdult(t, ben);
  const [adas, bens] = [await upload(t, SAMPLES), await upload(t, SAMPLES)];
  const samples = adas.sha256;
  await asAda.mutation(api.sync.push, { rows: toWire(session('s1', samples, 10)), files: [adas] });
  await asBen.mutation(api.sync.push, { rows: toWire(session('s1', samples, 10)), files: [bens] });

  await asAda.mutation(api.sync.push, { rows: toWire([deletion('sessions', 's1', 20)]) });

  expect(await stored(t)).toEqual({ files: [`user_ben:${samples.slice(0, 8)}`], objects: 1 });
  expect(await asBen.query(api.files.url, { sha256: samples })).toEqual(expect.stringContaining('https://'));
});

test('a deleted session brought back whole must upload its file again', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const file = await upload(t, SAMPLES);
  const samples = file.sha256;
  await asAda.mutation(api.sync.push, { rows: toWire(session('s1', samples, 10)), files: [file] });
  await asAda.mutation(api.sync.push, { rows: toWire([deletion('sessions', 's1', 20)]) });
  const revival = session('s1', samples, 30).map((row) => ({ ...row, whole: true }));

  await expect(asAda.mutation(api.sync.push, { rows: toWire(revival) })).rejects.toThrow(
    `A streams row names a file that was not uploaded first: "${samples}"`,
  );
  await asAda.mutation(api.sync.push, { rows: toWire(revival), files: [await upload(t, SAMPLES)] });

  expect(await stored(t)).toEqual({ files: [`user_ada:${samples.slice(0, 8)}`], objects: 1 });
});

test('a file brought for a row whose change loses to a deletion goes in the same push; the others stay', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const kept = await upload(t, ORIGINAL);
  await asAda.mutation(api.sync.push, { rows: toWire([deletion('sessions', 's1', 20)]) });

  // Samples from before the deletion, arriving late, and a live session's: only the second names its file.
  const late = await upload(t, SAMPLES);
  const lateSamples = { table: 'streams' as const, rowId: 's1', fields: [field('blob', late.sha256, 10)] };
  await asAda.mutation(api.sync.push, {
    rows: toWire([lateSamples, ...session('s2', kept.sha256, 30)]),
    files: [late, kept],
  });

  expect(await stored(t)).toEqual({ files: [`user_ada:${kept.sha256.slice(0, 8)}`], objects: 1 });
});
