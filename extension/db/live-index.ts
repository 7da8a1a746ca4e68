// Sessions carry `live: 1` exactly while they are not deleted (schema v3).
// IndexedDB cannot index null and leaves out of an index every row whose key
// path is missing (https://w3c.github.io/IndexedDB/#key-construct, "extract a
// key from a value using a key path"), so the [live+start] indexes hold live
// sessions only: counting them, or reading a page deep in the list, is an
// index lookup instead of a scan past every tombstone.
// The field is derived here, on every write to the sessions table, so no
// write path (import, edit, delete, a test's direct put) can get it wrong.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** The `live` value of a session that is not deleted; the first part of the [live+...] index keys. */
export const LIVE = 1;

interface Tombstoned {
  readonly deletedAt: number | null;
  readonly live?: typeof LIVE;
}

/** The row with `live` set when it is not deleted and absent when it is; the row itself when already so. */
function withLiveness<T extends Tombstoned>(row: T): T {
  if (row.deletedAt === null) return row.live === LIVE ? row : { ...row, live: LIVE };
  if (!('live' in row)) return row;
  const { live: _dropped, ...tombstone } = row;
  return tombstone as unknown as T;
}

function deriveLiveness(request: DBCoreMutateRequest): DBCoreMutateRequest {
  return request.type === 'add' || request.type === 'put'
    ? { ...request, values: request.values.map(withLiveness) }
    : request;
}

/** Dexie middleware (https://dexie.org/docs/Dexie/Dexie.use()) that keeps `live` true to `deletedAt` on sessions. */
export const liveIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sessions-live-index',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return name === 'sessions' ? { ...table, mutate: (request) => table.mutate(deriveLiveness(request)) } : table;
    },
  }),
};
