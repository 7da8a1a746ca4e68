// Many rows deleted by primary key in two IndexedDB requests where bulkDelete makes one a key: a push's answer
// settles a batch of outbox entries taken in key order, so they usually are every entry of the range they span.
import type { Table } from 'dexie';
import { keySpan } from './get-by-keys';

/**
 * Deletes the rows of `table` with these keys: the key range they span, when it holds exactly these rows (its keys
 * read first), else one request a key.
 */
export async function deleteByKeys<T>(table: Table<T, string>, keys: readonly string[]): Promise<void> {
  if (keys.length < 2) return table.bulkDelete([...keys]);
  const range = table.where(':id').between(...keySpan(keys), true, true);
  const held = await range.primaryKeys();
  const wanted = new Set(keys);
  if (held.length === wanted.size && held.every((key) => wanted.has(key))) await range.delete();
  else await table.bulkDelete([...keys]);
}
