// Sessions with known numbers for the UI tests (test support only).
import { MS_PER_DAY } from '../../../shared/analytics';
import { epochMs, seconds, type Session } from '../../../shared/model';
import { makeSession } from '../../../tests/support/sessions';
import type { SessionRow } from '../../db';

/** 2024-06-01 12:00 UTC: the same calendar day in every time zone from UTC-11 to UTC+11, so date filters hold wherever tests run. */
export const START = Date.UTC(2024, 5, 1, 12, 0, 0);

/** A ride of 1:02:03 (distance and the rest unknown unless given), starting `daysLater` days after START, without samples. */
export function knownSession(id: string, daysLater = 0, over: Partial<Session> = {}): Session {
  return makeSession({
    id,
    start: epochMs(START + daysLater * MS_PER_DAY),
    elapsedS: seconds(3723),
    movingS: seconds(3723),
    sources: [{ format: 'fit', file: `${id}.fit`, contentHash: id.padEnd(64, '0'), sizeBytes: 1, device: null }],
    ...over,
  });
}

/** The row the database stores for a session without samples. */
export function storedRow(session: Session): SessionRow {
  const { streams: _samples, ...summary } = session;
  return {
    ...summary,
    sourceHashes: session.sources.map((s) => s.contentHash),
    loadInputs: null,
    editedFields: [],
    updatedAt: 0,
    deletedAt: null,
  };
}
