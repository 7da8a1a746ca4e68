import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';
import { asAdult } from '../tests/support/adult-athlete';
import { run } from '../tests/support/convex-rows';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
const firstPage = { numItems: 10, cursor: null };

async function withAccounts() {
  const t = convexTest(schema, modules);
  const adaId = await (await asAdult(t, ada)).mutation(api.users.store, {});
  const benId = await (await asAdult(t, ben)).mutation(api.users.store, {});
  await t.run(async (ctx) => {
    await ctx.db.insert('sessions', run(adaId, 'Ada Monday', Date.UTC(2025, 5, 2, 6)));
    await ctx.db.insert('sessions', run(benId, 'Ben Tuesday', Date.UTC(2025, 5, 3, 6)));
    await ctx.db.insert('sessions', run(adaId, 'Ada Wednesday', Date.UTC(2025, 5, 4, 6)));
    await ctx.db.insert('sessions', run(adaId, 'Ada Friday', Date.UTC(2025, 5, 6, 6)));
  });
  return t;
}

test('a signed-out caller is refused', async () => {
  const t = await withAccounts();

  await expect(t.query(api.sessions.list, { paginationOpts: firstPage })).rejects.toThrow('Not signed in');
});

test('a signed-in athlete sees only their own sessions, newest first', async () => {
  const t = await withAccounts();

  const adas = await t.withIdentity(ada).query(api.sessions.list, { paginationOpts: firstPage });
  const bens = await t.withIdentity(ben).query(api.sessions.list, { paginationOpts: firstPage });

  expect(adas.page.map((s) => s.title)).toEqual(['Ada Friday', 'Ada Wednesday', 'Ada Monday']);
  expect(adas.isDone).toBe(true);
  expect(bens.page.map((s) => s.title)).toEqual(['Ben Tuesday']);
});

test('the list pages through the sessions by start time', async () => {
  const t = await withAccounts();
  const asAda = t.withIdentity(ada);

  const first = await asAda.query(api.sessions.list, { paginationOpts: { numItems: 2, cursor: null } });
  const second = await asAda.query(api.sessions.list, {
    paginationOpts: { numItems: 2, cursor: first.continueCursor },
  });

  expect(first.page.map((s) => s.title)).toEqual(['Ada Friday', 'Ada Wednesday']);
  expect(first.isDone).toBe(false);
  expect(second.page.map((s) => s.title)).toEqual(['Ada Monday']);
  expect(second.isDone).toBe(true);
});

test('a signed-in athlete who has never synced has an empty list', async () => {
  const t = await withAccounts();

  const newcomer = await asAdult(t, { issuer: 'https://clerk.example.test', subject: 'user_new' });
  const page = await newcomer.query(api.sessions.list, { paginationOpts: firstPage });

  expect(page.page).toEqual([]);
  expect(page.isDone).toBe(true);
});
