import { convexTest } from 'convex-test';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import schema from './schema';
import { modules } from './test.setup';

const ada = {
  issuer: 'https://clerk.example.test',
  subject: 'user_ada',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
};
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };

test('a signed-out caller is refused', async () => {
  const t = convexTest(schema, modules);

  await expect(t.query(api.users.me, {})).rejects.toThrow('Not signed in');
  await expect(t.mutation(api.users.store, {})).rejects.toThrow('Not signed in');
});

test('me shows the name and email from the token, and the account once it is stored', async () => {
  const t = convexTest(schema, modules);
  const asAda = t.withIdentity(ada);

  expect(await asAda.query(api.users.me, {})).toEqual({
    name: 'Ada Lovelace',
    email: 'ada@example.test',
    accountCreatedAt: null,
    ageConfirmed: false,
  });

  await asAda.mutation(api.users.store, {});
  const me = await asAda.query(api.users.me, {});
  expect(me.accountCreatedAt).toEqual(expect.any(Number));
});

test('each Clerk account gets exactly one row, however often it is stored', async () => {
  const t = convexTest(schema, modules);

  const adaFirst = await t.withIdentity(ada).mutation(api.users.store, {});
  const adaAgain = await t.withIdentity(ada).mutation(api.users.store, {});
  const benId = await t.withIdentity(ben).mutation(api.users.store, {});

  expect(adaAgain).toBe(adaFirst);
  expect(benId).not.toBe(adaFirst);
  const tokens = await t.run(async (ctx) => (await ctx.db.query('users').collect()).map((u) => u.tokenIdentifier));
  expect(tokens.sort()).toEqual(['https://clerk.example.test|user_ada', 'https://clerk.example.test|user_ben']);
});
