import { convexTest } from 'convex-test';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { api } from './_generated/api';
import { AGE_NOT_CONFIRMED } from './lib/functions';
import schema from './schema';
import { modules } from './test.setup';
import { toWire } from '../shared/sync/fields-text';

// The age gate on the server: users:confirmAge judges the answer with
// shared/account/age.ts and records only when; sync and hosted AI wait for it.

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 11, 2, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

test('sync and the hosted assistant are refused until the athlete confirms being 16 or older', async () => {
  const asAda = convexTest(schema, modules).withIdentity(ada);
  await expect(asAda.query(api.sync.head, {})).rejects.toThrow(AGE_NOT_CONFIRMED);
  await expect(asAda.mutation(api.sync.push, { rows: toWire([]) })).rejects.toThrow(AGE_NOT_CONFIRMED);
  await expect(asAda.mutation(api.files.startUploads, { hashes: [] })).rejects.toThrow(AGE_NOT_CONFIRMED);
  await expect(
    asAda.mutation(api.ai.turns.start, { tone: 'plain', model: 'x', messages: [], maxTokens: 1 }),
  ).rejects.toThrow(AGE_NOT_CONFIRMED);
  expect((await asAda.query(api.users.me, {})).ageConfirmed).toBe(false);

  await asAda.mutation(api.users.confirmAge, { birthYear: 1990, sixteenthBirthdayPassed: null });

  expect((await asAda.query(api.users.me, {})).ageConfirmed).toBe(true);
  expect(await asAda.query(api.sync.head, {})).toBe(0);
});

test('an answer under 16 is refused with the reason and records nothing', async () => {
  const t = convexTest(schema, modules);
  const asAda = t.withIdentity(ada);
  await expect(
    asAda.mutation(api.users.confirmAge, { birthYear: 2011, sixteenthBirthdayPassed: true }),
  ).rejects.toThrow(
    'SessionsAI is only for people aged 16 or older, so no account can be created. Born in 2011, you are at most 15 in 2026.',
  );
  await expect(
    asAda.mutation(api.users.confirmAge, { birthYear: 2010, sixteenthBirthdayPassed: null }),
  ).rejects.toThrow('Born in 2010, you turn 16 this year: confirm whether your 16th birthday is on or before today.');
  await expect(
    asAda.mutation(api.users.confirmAge, { birthYear: 2010, sixteenthBirthdayPassed: false }),
  ).rejects.toThrow('Born in 2010, you are 15 until your 16th birthday later this year.');
  expect(await t.run((ctx) => ctx.db.query('users').collect())).toEqual([]);

  await asAda.mutation(api.users.confirmAge, { birthYear: 2010, sixteenthBirthdayPassed: true });
  const [row] = await t.run((ctx) => ctx.db.query('users').collect());
  expect(row?.ageConfirmedAt).toBe(Date.UTC(2026, 11, 2, 12, 0));
  expect(Object.keys(row ?? {})).not.toContain('birthYear');
});

test('the server judges by the latest calendar day on Earth: on 31 December at 12:00 UTC it is already next year in Kiritimati', async () => {
  vi.setSystemTime(Date.UTC(2026, 11, 31, 12, 0));
  const asAda = convexTest(schema, modules).withIdentity(ada);
  // Born 2011: 15 at most in 2026, but turning 16 in 2027, which has begun at UTC+14.
  await expect(
    asAda.mutation(api.users.confirmAge, { birthYear: 2011, sixteenthBirthdayPassed: true }),
  ).resolves.toBeNull();
});
