// Erasing all local data: every table emptied in one transaction, so nothing
// is left half-erased. The outbox goes too, so nothing erased here is pushed;
// erasing local data never deletes the cloud copy (that is account deletion).
import { type SessionsDb, tablesOf } from './database';

export function eraseAll(handle: SessionsDb): Promise<void> {
  const db = tablesOf(handle);
  return db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
