// A model Session split for storage: the summary row that lists read, and the
// samples stored apart (docs/architecture.md: "a list of sessions never loads samples").
import {
  loadInputsOf,
  scoreFromInputs,
  sessionEfforts,
  type AthleteProfile,
  type LoadOptions,
  type LoadScore,
} from '../../shared/analytics';
import type { Session, Streams } from '../../shared/model';
import type { EditableField, SessionRow } from './records';

export function toSessionRow(
  session: Session,
  editedFields: readonly EditableField[],
  now: number,
): { row: SessionRow; streams: Streams | undefined } {
  const { streams, ...summary } = session;
  const row: SessionRow = {
    ...summary,
    sourceHashes: session.sources.map((s) => s.contentHash),
    loadInputs: loadInputsOf(session),
    efforts: sessionEfforts(session),
    editedFields,
    updatedAt: now,
    deletedAt: null,
  };
  return { row, streams };
}

/** The model Session again, with its samples when they are given. */
export function toSession(row: SessionRow, streams: Streams | undefined): Session {
  const {
    sourceHashes: _hashes,
    loadInputs: _inputs,
    efforts: _efforts,
    editedFields: _edited,
    live: _live,
    updatedAt: _updated,
    deletedAt: _deleted,
    ...session
  } = row;
  return streams === undefined ? session : { ...session, streams };
}

/**
 * The load the detail gives this session from its samples, from its row alone
 * (the load inputs kept at import), so Today and lists of 5,000 sessions agree
 * with the detail without reading samples. A row stored before inputs were
 * kept scores from its summary until fillLoadInputs has read its samples.
 */
export function scoreStoredSession(
  row: SessionRow,
  profile: AthleteProfile,
  options: LoadOptions = {},
): LoadScore | null {
  return scoreFromInputs(row, row.loadInputs ?? null, profile, options);
}
