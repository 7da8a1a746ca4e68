// Local changes as they are made, for the sync engine to push them while the
// panel is open. Dexie's liveQuery hears writes from every context of the
// extension (the import worker, a site import in the background), not only
// this page's.
import { liveQuery } from 'dexie';
import { type SessionsDb, tablesOf } from './database';

/**
 * Calls `onChange` whenever a change is noted for sync (a row's outbox note is new or renewed); the
 * engine's own clearing of notes it pushed does not count. Returns the unsubscribe.
 */
export function watchLocalChanges(handle: SessionsDb, onChange: () => void): () => void {
  const db = tablesOf(handle);
  let seen: ReadonlySet<string> | null = null;
  const subscription = liveQuery(() => db.outbox.toArray()).subscribe({
    next: (notes) => {
      const now = new Set(notes.map((note) => `${note.id}@${note.at}`));
      if (seen !== null && [...now].some((note) => !seen?.has(note))) onChange();
      seen = now;
    },
    // A failed read leaves the change for the next sync, which opening the panel starts anyway.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
