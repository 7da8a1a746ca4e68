import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Database } from './database';
import { eraseAll } from './erase-all';
import { eraseCounts } from './erase-counts';
import { exportZip } from './export-zip';
import { listReflections } from './read-notes';
import { deleteRecord, saveRecord } from './save-record';

const NOW = Date.UTC(2024, 6, 1);

let db: Database;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new Database('reflections', { indexedDB: new IDBFactory(), IDBKeyRange });
  await saveRecord(db, 'notes', {
    id: 'r1',
    kind: 'reflection',
    sessionId: 's1',
    date: '2024-06-30',
    text: 'Heavy legs',
  });
  await saveRecord(db, 'notes', {
    id: 'r2',
    kind: 'reflection',
    sessionId: null,
    date: '2024-06-29',
    text: 'Rest day',
  });
  vi.setSystemTime(NOW + 5000);
  // Edited, then the other deleted, as the journal does it.
  await saveRecord(db, 'notes', {
    id: 'r1',
    kind: 'reflection',
    sessionId: 's1',
    date: '2024-06-30',
    text: 'Heavy legs after the hills',
  });
  await deleteRecord(db, 'notes', 'r2');
});
afterEach(() => {
  db.close();
  vi.useRealTimers();
});

describe('reflections in the export and the erase', () => {
  it('exports a reflection as last edited, and not one deleted', async () => {
    const files = unzipSync(await exportZip(db));
    expect(JSON.parse(strFromU8(files['notes.json']!))).toEqual([
      {
        id: 'r1',
        kind: 'reflection',
        sessionId: 's1',
        date: '2024-06-30',
        text: 'Heavy legs after the hills',
        updatedAt: NOW + 5000,
        deletedAt: null,
      },
    ]);
  });

  it('erases every reflection, and the notes of their changes waiting for sync', async () => {
    expect(await eraseCounts(db)).toMatchObject({ notes: 1 });
    await eraseAll(db);
    expect(await listReflections(db)).toEqual([]);
    expect(await db.notes.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
