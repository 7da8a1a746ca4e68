import { convexTest } from 'convex-test';
import type { WithoutSystemFields } from 'convex/server';
import { expect, test } from 'vitest';
import { api } from './_generated/api';
import type { Doc, Id } from './_generated/dataModel';
import schema from './schema';
import { modules } from './test.setup';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
const firstPage = { numItems: 10, cursor: null };

/** A 10 km run starting at `start`; only the title and start differ between rows. */
function run(userId: Id<'users'>, title: string, start: number): WithoutSystemFields<Doc<'sessions'>> {
  return {
    userId,
    sessionId: `sha256-${title}`,
    sport: 'running',
    subSport: 'generic',
    start,
    elapsedS: 3000,
    movingS: 2950,
    distanceM: 10_000,
    ascentM: 85,
    descentM: 84,
    avgHr: 152,
    maxHr: 171,
    avgPowerW: null,
    maxPowerW: null,
    avgCadence: 88,
    maxCadence: 95,
    avgSpeed: 3.39,
    maxSpeed: 4.9,
    calories: 720,
    avgTempC: null,
    utcOffsetS: 3600,
    title,
    notes: null,
    rpe: null,
    gear: null,
    laps: [],
    legs: [],
    sources: [],
    warnings: [],
  };
}

async function withAccounts() {
  const t = convexTest(schema, modules);
  const adaId = await t.withIdentity(ada).mutation(api.users.store, {});
  const benId = await t.withIdentity(ben).mutation(api.users.store, {});
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

  const page = await t
    .withIdentity({ issuer: 'https://clerk.example.test', subject: 'user_new' })
    .query(api.sessions.list, { paginationOpts: firstPage });

  expect(page).toEqual({ page: [], isDone: true, continueCursor: '' });
});
