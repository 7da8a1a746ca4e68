// One session for the detail view: its summary, and its samples on request.
import type { Streams } from '../../shared/model';
import type { SessionsDb } from './database';
import type { SessionRow } from './records';

/** The live session with this id, without samples. */
export async function getSession(db: SessionsDb, id: string): Promise<SessionRow | undefined> {
  const row = await db.sessions.get(id);
  return row?.deletedAt === null ? row : undefined;
}

/** The samples of a live session, or undefined when it has none or is deleted. */
export async function getStreams(db: SessionsDb, sessionId: string): Promise<Streams | undefined> {
  const row = await db.streams.get(sessionId);
  return row?.deletedAt === null ? row.streams : undefined;
}
