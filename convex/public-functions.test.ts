// Every public function, called signed out and as another athlete, is refused
// or sees nothing of the athlete's, and changes nothing of theirs. The
// functions are found by walking convex/'s modules, so a new public function
// without a row in CALLS fails the test that lists them.
import { convexTest } from 'convex-test';
import { makeFunctionReference } from 'convex/server';
import { afterEach, expect, test, vi } from 'vitest';
import { asAdult } from '../tests/support/adult-athlete';
import type { Id } from './_generated/dataModel';
import schema from './schema';
import { modules } from './test.setup';
import { toWire } from '../shared/sync/fields-text';

const ada = { issuer: 'https://clerk.example.test', subject: 'user_ada' };
const ben = { issuer: 'https://clerk.example.test', subject: 'user_ben' };
// Text only Ada's data holds: an answer that contains it leaked her data.
const ADA_SECRET = 'ada-secret-4c1f';

interface AdaData {
  readonly streamId: Id<'insightStreams'>;
  readonly sha256: string;
  readonly storageId: Id<'_storage'>;
  /** Where her file downloads from. */
  readonly fileUrl: string;
}

type Kind = 'query' | 'mutation' | 'action';
/** Arguments aimed at Ada's data, for each public function by its path ('module:export'). */
const CALLS: Record<string, (ada: AdaData) => Record<string, unknown>> = {
  'users:me': () => ({}),
  'users:store': () => ({}),
  'users:confirmAge': () => ({ birthYear: 1990, sixteenthBirthdayPassed: null }),
  'account/deletion:request': () => ({}),
  'sessions:list': () => ({ paginationOpts: { numItems: 10, cursor: null } }),
  'ai/streams:watch': ({ streamId }) => ({ streamId }),
  'ai/streams:cancel': ({ streamId }) => ({ streamId }),
  'ai/turns:start': () => ({ tone: 'plain', model: 'not-a-hosted-model', messages: [], maxTokens: 10 }),
  'sync:push': ({ sha256, storageId }) => ({
    rows: toWire([{ table: 'notes', rowId: 'n1', fields: [{ n: 'text', v: '"overwritten"', t: 9e15, d: 'z' }] }]),
    files: [{ sha256, storageId }],
  }),
  'sync:pull': () => ({ after: 0, limit: 100 }),
  'sync:head': () => ({}),
  'files:startUploads': ({ sha256 }) => ({ hashes: [sha256] }),
  'files:url': ({ sha256 }) => ({ sha256 }),
  'billing/checkout:startCheckout': () => ({ interval: 'month', returnUrl: 'https://example.test/return' }),
  'billing/checkout:openPortal': () => ({ returnUrl: 'https://example.test/return' }),
  'billing/plan:mine': () => ({}),
  'exportMine:rows': () => ({ paginationOpts: { numItems: 10, cursor: null } }),
  'exportMine:files': () => ({ paginationOpts: { numItems: 10, cursor: null } }),
  'exportMine:account': () => ({}),
};

interface PublicFunction {
  readonly path: string;
  readonly kind: Kind;
}

async function publicFunctions(): Promise<PublicFunction[]> {
  const found: PublicFunction[] = [];
  for (const [file, load] of Object.entries(modules)) {
    if (file.startsWith('./_generated/')) continue;
    const module = (await load()) as Record<string, unknown>;
    const name = file.replace(/^\.\//, '').replace(/\.(ts|js)$/, '');
    for (const [exported, value] of Object.entries(module)) {
      const fn = value as { isPublic?: boolean; isQuery?: boolean; isMutation?: boolean; isAction?: boolean };
      if (typeof value !== 'function' || fn.isPublic !== true) continue;
      const kind: Kind = fn.isQuery ? 'query' : fn.isMutation ? 'mutation' : 'action';
      found.push({ path: `${name}:${exported}`, kind });
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Deleting an account locks it: that call comes last, so every other function meets an open account. */
function deletionLast(fns: PublicFunction[]): PublicFunction[] {
  const ends = (fn: PublicFunction) => fn.path === 'account/deletion:request';
  return [...fns.filter((fn) => !ends(fn)), ...fns.filter(ends)];
}

// A deletion schedules its steps: with Date and timers faked they wait, so only the calls' own effects are compared.
afterEach(() => {
  vi.useRealTimers();
});

async function withAda() {
  const t = convexTest(schema, modules);
  const bytes = new TextEncoder().encode(ADA_SECRET);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  const storageId = await t.run((ctx) => ctx.storage.store(new Blob([bytes])));
  const streamId = await t.run(async (ctx) => {
    const userId = await ctx.db.insert('users', {
      tokenIdentifier: `${ada.issuer}|${ada.subject}`,
      ageConfirmedAt: Date.UTC(2026, 0, 1),
    });
    await ctx.db.insert('syncFiles', { userId, sha256, storageId, size: bytes.length });
    await ctx.db.insert('syncRows', {
      userId,
      table: 'notes',
      rowId: 'n1',
      seq: 1,
      fields: [{ n: 'text', v: JSON.stringify(ADA_SECRET), t: 1, d: 'a' }],
    });
    await ctx.db.insert('syncCounters', { userId, seq: 1 });
    await ctx.db.insert('aiBudgetUsage', { userId, period: '2026-12-02', requests: 1, tokens: 10 });
    return ctx.db.insert('insightStreams', { userId, text: ADA_SECRET, cancelled: false, outcome: null });
  });
  const fileUrl = (await t.run((ctx) => ctx.storage.getUrl(storageId)))!;
  return { t, data: { streamId, sha256, storageId, fileUrl } };
}

/** Everything in the database but Ben's own rows, which his first mutation may create. */
function snapshot(t: Tester) {
  return t.run(async (ctx) => {
    const bens = await ctx.db
      .query('users')
      .withIndex('by_token', (q) => q.eq('tokenIdentifier', `${ben.issuer}|${ben.subject}`))
      .unique();
    const tables = [
      'users',
      'sessions',
      'aiBudgetUsage',
      'stripeCustomers',
      'stripeSubscriptions',
      'insightStreams',
      'syncRows',
      'syncCounters',
      'syncFiles',
    ] as const;
    const all: Record<string, unknown[]> = {};
    for (const table of tables) {
      // One table at a time: the loop's union of table names is too wide for query()'s types.
      const docs = (await ctx.db.query(table as 'aiBudgetUsage').collect()) as { _id: string; userId?: string }[];
      all[table] = docs.filter((d) => d._id !== bens?._id && (bens === null || d.userId !== bens._id));
    }
    return all;
  });
}

type Tester = Awaited<ReturnType<typeof withAda>>['t'];
type Caller = Pick<Tester, 'query' | 'mutation' | 'action'>;

function call(t: Caller, fn: PublicFunction, args: Record<string, unknown>): Promise<unknown> {
  if (fn.kind === 'query') return t.query(makeFunctionReference<'query'>(fn.path), args);
  if (fn.kind === 'mutation') return t.mutation(makeFunctionReference<'mutation'>(fn.path), args);
  return t.action(makeFunctionReference<'action'>(fn.path), args);
}

test('every public function has a row here', async () => {
  expect((await publicFunctions()).map((f) => f.path)).toEqual(Object.keys(CALLS).sort());
});

test('signed out, every public function is refused and changes nothing', async () => {
  const { t, data } = await withAda();
  const before = await snapshot(t);
  for (const fn of await publicFunctions()) {
    await expect(call(t, fn, CALLS[fn.path]!(data)), fn.path).rejects.toThrow('Not signed in');
  }
  expect(await snapshot(t)).toEqual(before);
});

test("as another athlete, every public function is refused or sees nothing of Ada's, and changes nothing of hers", async () => {
  vi.useFakeTimers();
  const { t, data } = await withAda();
  // Ben has confirmed his age, so sync and the hosted assistant are open to him, not refused at the door.
  const asBen = await asAdult(t, ben);
  const before = await snapshot(t);
  for (const fn of deletionLast(await publicFunctions())) {
    const outcome = await call(asBen, fn, CALLS[fn.path]!(data)).then(
      (value: unknown) => JSON.stringify(value ?? null),
      (error: Error) => `refused: ${error.message}`,
    );
    expect(outcome, fn.path).not.toContain(ADA_SECRET);
    expect(outcome, fn.path).not.toContain(data.fileUrl);
  }
  expect(await snapshot(t)).toEqual(before);
  // Ada's own view is as it was.
  const pulled = await t.withIdentity(ada).query(makeFunctionReference<'query'>('sync:pull'), { after: 0, limit: 10 });
  expect(JSON.stringify(pulled)).toContain(ADA_SECRET);
});
