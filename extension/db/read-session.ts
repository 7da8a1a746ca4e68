// One session for the detail view: its summary, and its samples on request.
import type { Streams } from '../../shared/model';
import { type SessionsDb, tablesOf } from './database';
import { isLive, liveRows } from './live';
import type { SessionRow } from './records';

/** The live session with this id, without samples. */
export async function getSession(db: SessionsDb, id: string): Promise<SessionRow | undefined> {
  const row = await tablesOf(db).sessions.get(id);
  return isLive(row) ? row : undefined;
}

/** The live sessions among these ids, in the ids' order, without samples. */
export async function getSessions(db: SessionsDb, ids: readonly string[]): Promise<SessionRow[]> {
  return liveRows(await tablesOf(db).sessions.bulkGet([...ids]));
}

/** The samples of a live session, or undefined when it has none or is deleted. */
export async function getStreams(db: SessionsDb, sessionId: string): Promise<Streams | undefined> {
  const row = await tablesOf(db).streams.get(sessionId);
  return isLive(row) ? row.streams : undefined;
}
