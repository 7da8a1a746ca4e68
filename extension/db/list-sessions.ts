// The session list: summaries only (the streams table is never touched),
// newest first, deleted sessions left out.
import type { Collection } from 'dexie';
import type { Sport } from '../../shared/model';
import type { SessionsDb } from './database';
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

/** Live rows whose title or notes hold every search word. */
function isListed(search: string | undefined): (row: SessionRow) => boolean {
  const words = (search ?? '').toLocaleLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return (row) => {
    if (row.deletedAt !== null) return false;
    if (words.length === 0) return true;
    const text = `${row.title ?? ''}\n${row.notes ?? ''}`.toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  };
}

/** Newest first, through the index that serves the filter: [sport+start] for one sport, start otherwise. */
function query(db: SessionsDb, filter: SessionFilter): Collection<SessionRow, string> {
  // ±Infinity are valid IndexedDB keys (https://w3c.github.io/IndexedDB/#key-construct): open ends need no special case.
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const range =
    filter.sport === undefined
      ? db.sessions.where('start').between(from, to, true, false)
      : db.sessions.where('[sport+start]').between([filter.sport, from], [filter.sport, to], true, false);
  return range.reverse().filter(isListed(filter.search));
}

export function listSessions(db: SessionsDb, page: SessionPage): Promise<SessionRow[]> {
  return query(db, page).offset(page.offset ?? 0).limit(page.limit).toArray();
}

/** How many sessions the filter matches: the length a virtualized list scrolls over. */
export function countSessions(db: SessionsDb, filter: SessionFilter): Promise<number> {
  return query(db, filter).count();
}
