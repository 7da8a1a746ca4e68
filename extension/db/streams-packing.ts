// The streams table holds its samples packed (packed-streams.ts, schema v9):
// this Dexie middleware packs every row written and unpacks every row read,
// so the rest of db/ reads and writes the model's Streams and no path can
// store them unpacked. Reads of rows stored before v9 pass through unchanged.
import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import { packRow, unpackRow } from './packed-streams';

const unpackAll = (rows: readonly unknown[]) => rows.map((row) => (row === undefined ? row : unpackRow(row as object)));

/** Dexie middleware (https://dexie.org/docs/Dexie/Dexie.use()) that packs the streams table's samples. */
export const streamsPackingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'streams-packing',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'streams') return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(
            request.type === 'add' || request.type === 'put'
              ? { ...request, values: request.values.map((row) => packRow(row as object)) }
              : request,
          ),
        get: async (request) => {
          const row = await table.get(request);
          return row === undefined ? row : unpackRow(row as object);
        },
        getMany: async (request) => unpackAll(await table.getMany(request)),
        query: async (request) => {
          const response = await table.query(request);
          return request.values ? { ...response, result: unpackAll(response.result) } : response;
        },
        openCursor: async (request) => {
          const cursor = await table.openCursor(request);
          if (cursor === null || !request.values) return cursor;
          // The cursor moves: its value is unpacked each time it is read.
          return Object.create(cursor, {
            value: { get: () => unpackRow(cursor.value as object) },
          }) as DBCoreCursor;
        },
      };
    },
  }),
};
