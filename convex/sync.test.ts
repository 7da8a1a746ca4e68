import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';
import { asAdult } from '../tests/support/adult-athlete';
import { toWire } from '../shared/sync/fields-text';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };

const field = (n: string, value: unknown, t: number, d: string) => ({ n, v: JSON.stringify(value), t, d });
const title = (text: string, t: number, d = 'laptop') => ({
  table: 'sessions' as const,
  rowId: 's1',
  fields: [field('title', text, t, d)],
});

test('a push is merged field by field and pulled back by change number', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);

  const pushed = await asAda.mutation(api.sync.push, {
    rows: toWire([
      { table: 'sessions', rowId: 's1', fields: [field('title', 'Ride', 10, 'laptop'), field('rpe', 5, 10, 'laptop')] },
      { table: 'wellness', rowId: '2025-06-02', fields: [field('sleepH', 7.5, 11, 'laptop')] },
    ]),
  });
  await asAda.mutation(api.sync.push, { rows: toWire([title('Long ride', 20, 'phone')]) });

  expect(pushed.map((r) => r.seq)).toEqual([1, 2]);
  expect(await asAda.query(api.sync.head, {})).toBe(3);
  const all = await asAda.query(api.sync.pull, { after: 0, limit: 10 });
  expect(all).toEqual({
    rows: [
      { table: 'wellness', rowId: '2025-06-02', seq: 2, fields: [field('sleepH', 7.5, 11, 'laptop')] },
      {
        table: 'sessions',
        rowId: 's1',
        seq: 3,
        fields: [field('rpe', 5, 10, 'laptop'), field('title', 'Long ride', 20, 'phone')],
      },
    ],
    cursor: 3,
    done: true,
  });
});

test('a replayed or older push changes nothing and takes no change number', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  await asAda.mutation(api.sync.push, { rows: toWire([title('Long ride', 20)]) });

  const replay = await asAda.mutation(api.sync.push, {
    rows: toWire([title('Long ride', 20), title('Ride', 19, 'phone')]),
  });

  expect(replay).toEqual([
    { table: 'sessions', rowId: 's1', seq: 1, fields: [field('title', 'Long ride', 20, 'laptop')] },
    { table: 'sessions', rowId: 's1', seq: 1, fields: [field('title', 'Long ride', 20, 'laptop')] },
  ]);
  expect(await asAda.query(api.sync.head, {})).toBe(1);
});

test('equal times are ordered by device id, then by value, the same everywhere', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);

  await asAda.mutation(api.sync.push, { rows: toWire([title('From b', 20, 'b'), title('From a', 20, 'a')]) });

  const { rows } = await asAda.query(api.sync.pull, { after: 0, limit: 10 });
  expect(rows[0]!.fields).toEqual([field('title', 'From b', 20, 'b')]);
});

test('pulls page through the changes, never repeating or skipping one', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  const rows = Array.from({ length: 5 }, (_, i) => ({
    table: 'notes' as const,
    rowId: `n${i}`,
    fields: [field('text', `note ${i}`, 1, 'laptop')],
  }));
  await asAda.mutation(api.sync.push, { rows: toWire(rows) });

  const first = await asAda.query(api.sync.pull, { after: 0, limit: 2 });
  const second = await asAda.query(api.sync.pull, { after: first.cursor, limit: 2 });
  const third = await asAda.query(api.sync.pull, { after: second.cursor, limit: 2 });

  expect([first, second, third].map((p) => [p.rows.map((r) => r.rowId), p.cursor, p.done])).toEqual([
    [['n0', 'n1'], 2, false],
    [['n2', 'n3'], 4, false],
    [['n4'], 5, true],
  ]);
});

test('a pull page holds at most 4 MiB of fields, however few rows that is, and the next page the rest', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  // Each row 200,000 bytes as the limits count them: the name, 4, and the JSON of the text, 199,994 + 2.
  const note = (i: number) => ({
    table: 'notes' as const,
    rowId: `n${String(i).padStart(2, '0')}`,
    fields: [field('text', String(i % 10).repeat(199_994), 1, 'laptop')],
  });
  for (let from = 0; from < 25; from += 5)
    await asAda.mutation(api.sync.push, { rows: toWire(Array.from({ length: 5 }, (_, i) => note(from + i))) });

  const first = await asAda.query(api.sync.pull, { after: 0, limit: 500 });
  const second = await asAda.query(api.sync.pull, { after: first.cursor, limit: 500 });

  expect([first, second].map((p) => [p.rows.length, p.cursor, p.done])).toEqual([
    [20, 20, false],
    [5, 25, true],
  ]);
});

test('each athlete pulls only their own rows, numbered on their own counter', async () => {
  const t = convexTest(schema, modules);
  await (await asAdult(t, ada)).mutation(api.sync.push, { rows: toWire([title('Ada', 1)]) });
  await (await asAdult(t, ben)).mutation(api.sync.push, { rows: toWire([title('Ben', 1)]) });

  const bens = await t.withIdentity(ben).query(api.sync.pull, { after: 0, limit: 10 });

  expect(bens.rows).toEqual([{ table: 'sessions', rowId: 's1', seq: 1, fields: [field('title', 'Ben', 1, 'laptop')] }]);
});

test('a batch over the limits is refused whole', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  const rows = Array.from({ length: 501 }, (_, i) => ({ ...title('x', 1), rowId: `s${i}` }));

  await expect(asAda.mutation(api.sync.push, { rows: toWire(rows) })).rejects.toThrow(
    'A push takes at most 500 rows and 1048576 bytes, not 501 and 4008',
  );
  expect(await asAda.query(api.sync.head, {})).toBe(0);
});

test('a push whose fields are not the fields text is refused, naming the row, and changes nothing', async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  await asAda.mutation(api.sync.push, { rows: toWire([title('Ride', 10)]) });
  const rows = [
    ...toWire([title('Long ride', 20)]),
    { table: 'notes' as const, rowId: 'n1', fields: '[{"n":"text"}]' },
  ];

  await expect(asAda.mutation(api.sync.push, { rows })).rejects.toThrow(
    'The fields pushed for the notes row n1 hold an item 0 that is not [name, value as JSON, time, device]',
  );
  expect((await asAda.query(api.sync.pull, { after: 0, limit: 10 })).rows).toEqual([
    { table: 'sessions', rowId: 's1', seq: 1, fields: [field('title', 'Ride', 10, 'laptop')] },
  ]);
});

const sha256Hex = async (bytes: Uint8Array<ArrayBuffer>) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );

test('files are registered under their checked SHA-256, once per athlete, and rows may name only those', async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  const bytes = new TextEncoder().encode('{"hr":[120,121]}');
  const sha = await sha256Hex(bytes);
  const storageId = await t.run((ctx) => ctx.storage.store(new Blob([bytes])));
  const streamsRow = { table: 'streams' as const, rowId: 's1', fields: [field('blob', sha, 1, 'laptop')] };

  await expect(asAda.mutation(api.sync.push, { rows: toWire([streamsRow]) })).rejects.toThrow(
    `A streams row names a file that was not uploaded first: "${sha}"`,
  );
  await expect(
    asAda.mutation(api.sync.push, { rows: toWire([streamsRow]), files: [{ sha256: '0'.repeat(64), storageId }] }),
  ).rejects.toThrow(`The uploaded file's SHA-256 is not ${'0'.repeat(64)}`);
  expect(await asAda.mutation(api.files.startUploads, { hashes: [sha] })).toMatchObject({ stored: [] });
  await asAda.mutation(api.sync.push, { rows: toWire([streamsRow]), files: [{ sha256: sha, storageId }] });
  await asAda.mutation(api.sync.push, { rows: toWire([streamsRow]), files: [{ sha256: sha, storageId }] });

  expect(await asAda.mutation(api.files.startUploads, { hashes: [sha] })).toEqual({ stored: [sha], uploads: [] });
  const asBen = await asAdult(t, ben);
  expect(await asBen.mutation(api.files.startUploads, { hashes: [sha] })).toMatchObject({ stored: [] });
  expect(await asBen.query(api.files.url, { sha256: sha })).toBeNull();
  await expect(
    asBen.mutation(api.sync.push, { rows: toWire([streamsRow]), files: [{ sha256: sha, storageId }] }),
  ).rejects.toThrow('That upload is not yours');
  expect(await asAda.query(api.files.url, { sha256: sha })).toEqual(expect.stringContaining('https://'));
  expect(await t.run((ctx) => ctx.db.query('syncFiles').collect())).toHaveLength(1);
});

test("a push's answer leaves out a row's fields when it holds exactly those pushed", async () => {
  const asAda = await asAdult(convexTest(schema, modules), ada);
  const first = await asAda.mutation(api.sync.push, { rows: toWire([title('Ride', 10)]) });
  // The phone's older title loses: the answer carries the laptop's.
  const second = await asAda.mutation(api.sync.push, {
    rows: toWire([
      { ...title('Spin', 5, 'phone'), fields: [field('title', 'Spin', 5, 'phone'), field('rpe', 6, 5, 'phone')] },
    ]),
  });

  expect(first).toEqual([{ table: 'sessions', rowId: 's1', seq: 1, fields: [], asPushed: true }]);
  expect(second).toEqual([
    {
      table: 'sessions',
      rowId: 's1',
      seq: 2,
      fields: [field('rpe', 6, 5, 'phone'), field('title', 'Ride', 10, 'laptop')],
    },
  ]);
});
