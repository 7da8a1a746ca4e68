import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../shared/analytics';
import { emptyResult, epochMs, type Session } from '../../shared/model';
import { START } from '../../tests/support/sessions';
import type { SessionsDb } from '../db';
import { bytesOf, testSession } from '../db/test-support/sessions';
import { countRows } from '../db/test-support/tables';
import { freshDb } from '../ui/test-support/fresh-db';
import { CHUNK_SESSIONS, chunksByFile, SavedInPart, saveInChunks } from './save-in-chunks';

/** `n` rides a day apart (never the same workout), each from a file of its own unless `file` names one. */
function rides(n: number, from = 0, file?: (i: number) => string): Session[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const hash = i.toString(16).padStart(16, '0').repeat(4);
    return testSession(hash, { start: epochMs(START + i * MS_PER_DAY) }, 'fit', file?.(i) ?? `ride-${i}.fit`);
  });
}

describe('chunksByFile', () => {
  it('cuts after the file that fills a chunk, never between two sessions of one file', () => {
    // Files of 3 sessions each: a chunk of 4 closes after the second file (6 sessions).
    const sessions = rides(9, 0, (i) => `file-${Math.floor(i / 3)}.fit`);
    expect(chunksByFile(sessions, 4).map((chunk) => chunk.map((s) => s.sources[0]!.file))).toEqual([
      ['file-0.fit', 'file-0.fit', 'file-0.fit', 'file-1.fit', 'file-1.fit', 'file-1.fit'],
      ['file-2.fit', 'file-2.fit', 'file-2.fit'],
    ]);
  });

  it('gives one empty chunk for an import of no sessions, so its workout plans are still saved', () => {
    expect(chunksByFile([])).toEqual([[]]);
  });
});

describe('saveInChunks', () => {
  let db: SessionsDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.delete());

  it('saves every chunk and reports the sessions stored after each', async () => {
    const sessions = rides(CHUNK_SESSIONS + 5);
    const stored: number[] = [];
    const saved = await saveInChunks(db, { ...emptyResult(), sessions }, bytesOf(...sessions), (_, n) =>
      stored.push(n),
    );
    expect(stored).toEqual([CHUNK_SESSIONS, CHUNK_SESSIONS + 5]);
    expect([saved.added, saved.addedIds.length, saved.merged, saved.duplicates]).toEqual([205, 205, 0, 0]);
    expect(await countRows(db, 'sessions')).toBe(205);
  });

  it('keeps the chunks saved before one that fails, whole, and says what they held', async () => {
    // The last ride's title cannot be stored (IndexedDB cannot clone a function): its chunk is refused whole.
    const broken = { ...rides(1, CHUNK_SESSIONS + 4)[0]!, title: (() => 'no') as unknown as string };
    const sessions = [...rides(CHUNK_SESSIONS + 4), broken];
    const failure = await saveInChunks(db, { ...emptyResult(), sessions }, bytesOf(...sessions), () => {}).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SavedInPart);
    expect((failure as SavedInPart).saved.added).toBe(CHUNK_SESSIONS);
    expect(await countRows(db, 'sessions')).toBe(CHUNK_SESSIONS);
    expect(await countRows(db, 'sources')).toBe(CHUNK_SESSIONS);
  });
});
