// A row as IndexedDB holds it, read past Dexie and its middleware (test support only).
import type { IDBFactory } from 'fake-indexeddb';
import type { PackedStreams } from '../packed-streams';

/** The streams row `id` of database `name` in `factory`, as stored: its samples packed. */
export function rawStreamsRow(factory: IDBFactory, name: string, id: string): Promise<{ streams: PackedStreams }> {
  return new Promise((done, fail) => {
    const open = factory.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('streams').objectStore('streams').get(id);
      get.onerror = () => fail(get.error);
      get.onsuccess = () => {
        open.result.close();
        done(get.result);
      };
    };
  });
}
