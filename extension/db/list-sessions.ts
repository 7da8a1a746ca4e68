// The session list: summaries only (the streams table is never touched),
// newest first, deleted sessions left out by the live indexes (schema v3), so
// counting and paging without a search never read a row they do not return.
import type { Collection } from 'dexie';
import type { Sport } from '../../shared/model';
import { type Database, type SessionsDb, tablesOf } from './database';
import { countLiveSessions } from './live-count';
import { LIVE } from './live-index';
import type { SessionRow } from './records';

export interface SessionFilter {
  readonly sport?: Sport;
  /** Epoch ms, inclusive. */
  readonly from?: number;
  /** Epoch ms, exclusive. */
  readonly to?: number;
  /** Words looked for in the title and notes, case-insensitively; every word must appear. */
  readonly search?: string;
}

export interface SessionPage extends SessionFilter {
  readonly limit: number;
  readonly offset?: number;
}

/** Rows whose title or notes hold every word. */
function hasEveryWord(words: readonly string[]): (row: SessionRow) => boolean {
  return (row) => {
    const text = `${row.title ?? ''}\n${row.notes ?? ''}`.toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  };
}

function searchWords(filter: SessionFilter): string[] {
  return (filter.search ?? '')
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Live sessions newest first, through the index that serves the filter: [live+sport+start] for one sport, [live+start] otherwise. */
function liveNewestFirst(db: Database, filter: SessionFilter): Collection<SessionRow, string> {
  // ±Infinity are valid IndexedDB keys (https://w3c.github.io/IndexedDB/#key-construct): open ends need no special case.
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const range =
    filter.sport === undefined
      ? db.sessions.where('[live+start]').between([LIVE, from], [LIVE, to], true, false)
      : db.sessions
          .where('[live+sport+start]')
          .between([LIVE, filter.sport, from], [LIVE, filter.sport, to], true, false);
  return range.reverse();
}

// getAllKeys()' count is an [EnforceRange] unsigned long (https://w3c.github.io/IndexedDB/#dom-idbobjectstore-getallkeys):
// a larger one throws in browsers, so a limit beyond it asks for every key.
const MAX_IDB_COUNT = 2 ** 32 - 1;
const idbLimit = (n: number) => (n > MAX_IDB_COUNT ? Infinity : n);

export function listSessions(handle: SessionsDb, page: SessionPage): Promise<SessionRow[]> {
  const db = tablesOf(handle);
  const offset = page.offset ?? 0;
  const words = searchWords(page);
  if (words.length > 0)
    return liveNewestFirst(db, page).filter(hasEveryWord(words)).offset(offset).limit(page.limit).toArray();
  // The first page, which opening the list waits for, in one request: Dexie asks getAll() for the newest rows where
  // the browser takes a direction (IndexedDB 3, Chromium 141+). Its keys then a get per row were two round trips and
  // 51 requests: 49 ms against 39 ms in one traced open with 20,000 sessions (BENCHMARKS.md, branch open3). In a
  // transaction, as the later pages: outside one, Dexie's live-query cache answered the read again with the empty
  // page it had read before the demo season filled the library (extension/demo/demo-controls.test.tsx).
  if (offset === 0)
    return db.transaction('r', db.sessions, () => liveNewestFirst(db, page).limit(idbLimit(page.limit)).toArray());
  // A later page's keys come from the index alone (no rows read), then its rows by
  // key. Skipping with a cursor's advance() instead took 24 s in fake-indexeddb
  // for a page 4,491 rows deep (measured); this takes well under a second.
  return db.transaction('r', db.sessions, async () => {
    const keys = await liveNewestFirst(db, page)
      .limit(idbLimit(offset + page.limit))
      .primaryKeys();
    const rows = await db.sessions.bulkGet(keys.slice(offset));
    return rows.filter((row) => row !== undefined);
  });
}

/**
 * How many sessions the filter matches: the length a virtualized list scrolls over. Unfiltered, the stored count
 * (live-count.ts); without search words, IDBIndex.count().
 */
export function countSessions(handle: SessionsDb, filter: SessionFilter): Promise<number> {
  const db = tablesOf(handle);
  const words = searchWords(filter);
  if (words.length === 0 && filter.sport === undefined && filter.from === undefined && filter.to === undefined)
    return countLiveSessions(db);
  const live = liveNewestFirst(db, filter);
  return (words.length === 0 ? live : live.filter(hasEveryWord(words))).count();
}
