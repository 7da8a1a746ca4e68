// How many live sessions the library holds, kept in one `libraryCounts` row
// (schema v11), so the panel's first screen, the session list and the
// staleness checks of the stored log and the estimates read one row instead
// of counting an index: IndexedDB counts by walking the index, which took
// 100-200 ms per count with 20,000 sessions in Chromium, and the panel counted
// four times on opening. Kept here as a Dexie middleware, like live-index.ts and
// change-stamp.ts, so no write path can forget it: each write to `sessions`
// reads the rows it replaces, and adds the change in liveness to the count in
// the same transaction. Without the row (a library erased, which clears it) the
// next write counts the index once; reads count it until then.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Table,
  Transaction,
} from 'dexie';
import type { Database } from './database';
import { isLive } from './live';
import { LIVE } from './live-index';

/** One count the library keeps. */
export interface LibraryCountRow {
  readonly id: string;
  readonly count: number;
}

const COUNTS = 'libraryCounts';
const LIVE_SESSIONS = 'liveSessions';

/** The row holding `count` live sessions, as this middleware writes it (the bench stores one beside its raw rows). */
export const liveCountRow = (count: number): LibraryCountRow => ({ id: LIVE_SESSIONS, count });

// The [live+start] index holds live sessions only (live-index.ts).
const [LOWER, UPPER] = [
  [LIVE, -Infinity],
  [LIVE, Infinity],
];

interface SessionLike {
  readonly id: string;
  readonly deletedAt: number | null;
}

/** False in upgrades to versions before v11, whose transactions cannot hold the table yet. */
function holdsCounts(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(COUNTS) === true;
}

/** The change in live sessions `request` makes; null for a range deleted, whose rows are not named. */
async function liveDelta(sessions: DBCoreTable, request: DBCoreMutateRequest): Promise<number | null> {
  if (request.type === 'deleteRange') return null;
  // The last value written for each id wins, as in IndexedDB.
  const after = new Map<string, boolean>();
  if (request.type === 'delete') for (const key of request.keys as string[]) after.set(key, false);
  else
    request.values.forEach((row: SessionLike, i) => {
      after.set((request.keys?.[i] as string | undefined) ?? row.id, isLive(row));
    });
  const keys = [...after.keys()];
  const before: (SessionLike | undefined)[] = await sessions.getMany({ trans: request.trans, keys });
  let delta = 0;
  keys.forEach((key, i) => {
    delta += (after.get(key) ? 1 : 0) - (isLive(before[i]) ? 1 : 0);
  });
  return delta;
}

/** Counts the live index itself: for a range deleted, a bulk write partly refused, and when the row is missing. */
function countIndex(sessions: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  const index = sessions.schema.indexes.find((i) => i.name === '[live+start]');
  if (index === undefined) throw new Error('The sessions table has no [live+start] index to count');
  const range = { type: 2 as DBCoreRangeType.Range, lower: LOWER, upper: UPPER, lowerOpen: false, upperOpen: false };
  return sessions.count({ trans, query: { index, range } });
}

/** Dexie middleware (https://dexie.org/docs/Dexie/Dexie.use()) keeping the live sessions' count. */
export const liveCountMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sessions-live-count',
  create: (down) => {
    const declared = down.schema.tables.some((t) => t.name === COUNTS);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          declared && mode === 'readwrite' && stores.includes('sessions') && !stores.includes(COUNTS)
            ? [...stores, COUNTS]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const sessions = down.table(name);
        if (name !== 'sessions' || !declared) return sessions;
        return {
          ...sessions,
          mutate: async (request) => {
            const { trans } = request;
            if (!holdsCounts(trans)) return sessions.mutate(request);
            const counts = down.table(COUNTS);
            const stored: LibraryCountRow | undefined = await counts.get({ trans, key: LIVE_SESSIONS });
            const delta = stored === undefined ? null : await liveDelta(sessions, request);
            const result = await sessions.mutate(request);
            // Rows a bulk add refused (their ids taken) change nothing, but which ones is not worth working out: count.
            const exact = stored !== undefined && delta !== null && result.numFailures === 0;
            const count = exact ? stored.count + delta : await countIndex(sessions, trans);
            await counts.mutate({ type: 'put', trans, values: [liveCountRow(count)] });
            return result;
          },
        };
      },
    };
  },
};

const countIndexed = (sessions: Table) => sessions.where('[live+start]').between(LOWER, UPPER).count();

/** The live sessions' count, for db/ reads inside a transaction over `sessions` and `libraryCounts`. */
export async function countLiveSessions(db: Database): Promise<number> {
  return (await db.libraryCounts.get(LIVE_SESSIONS))?.count ?? countIndexed(db.sessions);
}

/** The v11 upgrade: the count of the sessions stored before it. */
export async function storeLiveCount(tx: Transaction): Promise<void> {
  const count = await countIndexed(tx.table('sessions'));
  await tx.table(COUNTS).put(liveCountRow(count));
}
