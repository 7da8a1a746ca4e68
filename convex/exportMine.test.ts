import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';
import { asAdult } from '../tests/support/adult-athlete';
import { toWire } from '../shared/sync/fields-text';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
const field = (n: string, value: unknown) => ({ n, v: JSON.stringify(value), t: 1, d: 'laptop' });

test("the athlete's export reads every synced row page by page, her files with URLs and her account records", async () => {
  const t = convexTest(schema, modules);
  const asAda = await asAdult(t, ada);
  await asAda.mutation(api.sync.push, {
    rows: toWire([
      { table: 'sessions', rowId: 's1', fields: [field('title', 'Ride')] },
      { table: 'notes', rowId: 'n1', fields: [field('text', 'legs heavy')] },
      { table: 'wellness', rowId: '2026-12-01', fields: [field('sleepH', 7.5)] },
    ]),
  });
  const storageId = await t.run((ctx) => ctx.storage.store(new Blob([new Uint8Array([1, 2, 3])])));
  await t.run(async (ctx) => {
    const user = (await ctx.db.query('users').first())!;
    await ctx.db.insert('syncFiles', { userId: user._id, sha256: 'ab'.repeat(32), storageId, size: 3 });
    await ctx.db.insert('aiBudgetUsage', { userId: user._id, period: '2026-12', requests: 4, tokens: 1200 });
  });
  // Ben's rows never reach Ada's export.
  await (await asAdult(t, ben)).mutation(api.sync.push, {
    rows: toWire([{ table: 'notes', rowId: 'b', fields: [field('text', 'ben')] }]),
  });

  const first = await asAda.query(api.exportMine.rows, { paginationOpts: { numItems: 2, cursor: null } });
  expect(first.isDone).toBe(false);
  expect(first.page.map((r) => `${r.table}:${r.rowId}`)).toEqual(['sessions:s1', 'notes:n1']);
  const second = await asAda.query(api.exportMine.rows, {
    paginationOpts: { numItems: 2, cursor: first.continueCursor },
  });
  expect(second.page).toEqual([{ table: 'wellness', rowId: '2026-12-01', seq: 3, fields: [field('sleepH', 7.5)] }]);
  expect(second.isDone).toBe(true);

  const files = await asAda.query(api.exportMine.files, { paginationOpts: { numItems: 10, cursor: null } });
  expect(files.page).toEqual([
    { sha256: 'ab'.repeat(32), size: 3, url: await t.run((ctx) => ctx.storage.getUrl(storageId)) },
  ]);
  expect(await asAda.query(api.exportMine.account, {})).toEqual({
    createdAt: expect.any(Number),
    aiUse: [{ period: '2026-12', requests: 4, tokens: 1200 }],
    subscriptions: [],
  });
});

test('an account with no row yet exports nothing, and signed out is refused', async () => {
  const t = convexTest(schema, modules);
  expect(await t.withIdentity(ada).query(api.exportMine.account, {})).toBeNull();
  expect(
    await t.withIdentity(ada).query(api.exportMine.rows, { paginationOpts: { numItems: 10, cursor: null } }),
  ).toEqual({ page: [], isDone: true, continueCursor: '' });
  await expect(t.query(api.exportMine.account, {})).rejects.toThrow('Not signed in');
});
