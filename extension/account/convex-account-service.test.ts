import { getFunctionName } from 'convex/server';
import { ConvexError } from 'convex/values';
import { expect, test } from 'vitest';
import type { AccountStanding } from './account-service';
import { type AccountConvexClient, convexAccountService } from './convex-account-service';

// The Convex side of the AccountService, on a stand-in client: which
// functions it calls, and how the server's answers and refusals come through.

const LOCKED =
  'This SessionsAI account is being deleted: sync and the hosted assistant are off, and everything stored on the server will be gone by 2027-01-01 (UTC).';

function fakeClient(behaviour: { me?: unknown; meError?: unknown; mutation?: () => Promise<unknown> }) {
  const mutations: [string, unknown][] = [];
  const client = {
    onUpdate: (_query: unknown, _args: unknown, onResult: (r: unknown) => void, onError: (e: Error) => void) => {
      if (behaviour.meError !== undefined) onError(behaviour.meError as Error);
      else onResult(behaviour.me);
      return { unsubscribe: () => undefined };
    },
    mutation: (ref: Parameters<typeof getFunctionName>[0], args: unknown) => {
      mutations.push([getFunctionName(ref), args]);
      return behaviour.mutation ? behaviour.mutation() : Promise.resolve(null);
    },
  } as unknown as AccountConvexClient;
  return { client, mutations };
}

function updates(client: AccountConvexClient): AccountStanding[] {
  const seen: AccountStanding[] = [];
  convexAccountService(client).watch((standing) => seen.push(standing));
  return seen;
}

test("the account's age confirmation comes through, and a locked account's refusal in the server's words", () => {
  const me = { name: 'Ada', email: 'ada@example.test', accountCreatedAt: 1, ageConfirmed: false };
  expect(updates(fakeClient({ me }).client)).toEqual([{ kind: 'loading' }, { kind: 'ready', ageConfirmed: false }]);
  expect(updates(fakeClient({ meError: new ConvexError(LOCKED) }).client)).toEqual([
    { kind: 'loading' },
    { kind: 'refused', message: LOCKED },
  ]);
  expect(updates(fakeClient({ meError: new Error('socket closed') }).client).at(-1)).toEqual({
    kind: 'refused',
    message: 'The SessionsAI server could not be reached. Try again in a minute.',
  });
});

test('confirming the age and deleting the account call their functions; a refusal becomes its words', async () => {
  const { client, mutations } = fakeClient({ mutation: () => Promise.resolve({ deadline: 1_798_804_800_000 }) });
  const service = convexAccountService(client);
  expect(await service.confirmAge({ birthYear: 1990, sixteenthBirthdayPassed: null })).toEqual({ ok: true });
  expect(await service.deleteAccount()).toEqual({ ok: true, deadline: 1_798_804_800_000 });
  expect(mutations).toEqual([
    ['users:confirmAge', { birthYear: 1990, sixteenthBirthdayPassed: null }],
    ['account/deletion:request', {}],
  ]);

  const refused = convexAccountService(fakeClient({ mutation: () => Promise.reject(new ConvexError(LOCKED)) }).client);
  expect(await refused.deleteAccount()).toEqual({ ok: false, message: LOCKED });
});
