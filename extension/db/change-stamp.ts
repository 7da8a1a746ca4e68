// Every write to the sessions table notes the session's id and the time in
// `sessionChanges` (schema v7, indexed by time), in the same transaction, so
// the stored training log (stored-training.ts) finds the sessions changed
// since it was last brought up to date with one index range, whichever
// context wrote them (panel, import worker, background) and however (put,
// tombstone, removal outright). Done here, like live-index.ts, so no write
// path can forget it: a transaction that may write sessions is widened to the
// changes table. The session rows themselves are left as they are.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

export interface SessionChangeRow {
  /** The session's id. */
  readonly id: string;
  /** Epoch ms of its last write. */
  readonly changed: number;
}

const CHANGES = 'sessionChanges';

function changedIds(request: DBCoreMutateRequest): string[] {
  if (request.type === 'add' || request.type === 'put')
    return request.values.map((row: { id: string }, i) => (request.keys?.[i] as string | undefined) ?? row.id);
  if (request.type === 'delete') return request.keys as string[];
  // deleteRange (clearing the table) leaves no ids: the stored log sees the count change and rebuilds.
  return [];
}

/** False during the upgrades to versions before v7, whose transactions cannot hold the table yet. */
function holdsChanges(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames?.contains(CHANGES) === true;
}

/** Dexie middleware (https://dexie.org/docs/Dexie/Dexie.use()) noting every session written. */
export const changeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sessions-change-stamp',
  create: (down) => {
    const declared = down.schema.tables.some((t) => t.name === CHANGES);
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          declared && mode === 'readwrite' && stores.includes('sessions') && !stores.includes(CHANGES)
            ? [...stores, CHANGES]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== 'sessions' || !declared) return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            const ids = changedIds(request);
            if (ids.length > 0 && holdsChanges(request.trans)) {
              const changed = Date.now();
              await down
                .table(CHANGES)
                .mutate({ type: 'put', trans: request.trans, values: ids.map((id) => ({ id, changed })) });
            }
            return result;
          },
        };
      },
    };
  },
};
