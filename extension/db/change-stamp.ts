// Every write to the sessions table, or to a session's samples, notes the
// session's id and the time in `sessionChanges` (schema v7, indexed by time),
// in the same transaction, so the stored training log (stored-training.ts)
// finds the sessions changed since it was last brought up to date with one
// index range, and the threshold estimates (threshold-estimates.ts) see that
// anything they were made from changed, whichever context wrote it (panel,
// import worker, background, sync) and however (put, tombstone, removal
// outright). Samples count because estimates read them, and sync stores them
// after their session's row. Done here, like live-index.ts, so no write path
// can forget it: a transaction that may write sessions or samples is widened
// to the changes table. The rows themselves are left as they are.
import type { DBCore, DBCoreMutateRequest, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Database } from './database';

export interface SessionChangeRow {
  /** The session's id. */
  readonly id: string;
  /**
   * Epoch ms of its last write, raised past the latest stamp when the clock has not moved on, so each write
   * request has a stamp of its own and a later one is always higher: the latest stamp tells whether anything
   * changed since it was read.
   */
  readonly changed: number;
}

const CHANGES = 'sessionChanges';
/** The tables whose writes are noted: both keyed by session id. */
const NOTED = ['sessions', 'streams'];
const notes = (stores: readonly string[]) => NOTED.some((t) => stores.includes(t));

function changedIds(request: DBCoreMutateRequest): string[] {
  if (request.type === 'add' || request.type === 'put')
    return request.values.map((row: { id: string }, i) => (request.keys?.[i] as string | undefined) ?? row.id);
  if (request.type === 'delete') return request.keys as string[];
  // deleteRange (clearing the table) leaves no ids: the stored log sees the count change and rebuilds.
  return [];
}

const EVERY = { type: 3 as DBCoreRangeType.Any, lower: undefined, upper: undefined };

/** A stamp above every stamp noted so far: now, unless a write this millisecond (or a clock set back) already has it. */
async function nextStamp(changes: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  const index = changes.schema.indexes.find((i) => i.name === 'changed');
  if (index === undefined) throw new Error('The sessionChanges table has no changed index');
  const { result } = await changes.query({
    trans,
    query: { index, range: EVERY },
    limit: 1,
    values: true,
    direction: 'prev',
  });
  const last = (result[0] as SessionChangeRow | undefined)?.changed ?? -Infinity;
  return Math.max(Date.now(), last + 1);
}

/** False during the upgrades to versions before v7, whose transactions cannot hold the table yet. */
function holdsChanges(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(CHANGES) === true;
}

/** Dexie middleware (https://dexie.org/docs/Dexie/Dexie.use()) noting every session or samples row written. */
export const changeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sessions-change-stamp',
  create: (down) => {
    const declared = down.schema.tables.some((t) => t.name === CHANGES);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          declared && mode === 'readwrite' && notes(stores) && !stores.includes(CHANGES)
            ? [...stores, CHANGES]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!NOTED.includes(name) || !declared) return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            const ids = changedIds(request);
            if (ids.length > 0 && holdsChanges(request.trans)) {
              const changes = down.table(CHANGES);
              const changed = await nextStamp(changes, request.trans);
              await changes.mutate({ type: 'put', trans: request.trans, values: ids.map((id) => ({ id, changed })) });
            }
            return result;
          },
        };
      },
    };
  },
};

/** The latest stamp (0 when nothing is noted): one row read from the end of the index, whatever the library's size. */
export async function latestStamp(db: Database): Promise<number> {
  return (await db.sessionChanges.orderBy('changed').last())?.changed ?? 0;
}

/** Whether a session or its samples were written since the stamp `seq` was the latest (or the log was cleared). */
export async function changedSince(db: Database, seq: number): Promise<boolean> {
  return (await latestStamp(db)) !== seq;
}
