// Many rows by primary key in one IndexedDB request where bulkGet makes one a key: a sync reads its rows in key
// order (the outbox's), so the rows it asks for usually lie together, and on a device that has few of them (a
// first upload's states, a second device's first pull) the range holds fewer still.
import type { Table } from 'dexie';

/**
 * The rows of `table` with these keys, in their order (undefined where there is none): one read of the key range
 * they span, unless it holds more than twice as many rows (then, having read that many, one read a key).
 */
export async function getByKeys<T extends { readonly id: string }>(
  table: Table<T, string>,
  keys: readonly string[],
): Promise<(T | undefined)[]> {
  if (keys.length < 2) return table.bulkGet([...keys]);
  const [low, high] = keySpan(keys);
  const limit = 2 * keys.length;
  const found = await table.where(':id').between(low, high, true, true).limit(limit).toArray();
  if (found.length === limit) return table.bulkGet([...keys]);
  const byKey = new Map(found.map((row) => [row.id, row]));
  return keys.map((key) => byKey.get(key));
}

/** The lowest and highest of some keys (at least one). */
export function keySpan(keys: readonly string[]): [string, string] {
  let [low, high] = [keys[0]!, keys[0]!];
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  return [low, high];
}
