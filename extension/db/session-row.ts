// A model Session split for storage: the summary row that lists read, and the
// samples stored apart (docs/architecture.md: "a list of sessions never loads samples").
import { loadInputsOf } from '../../shared/analytics/session/load-inputs';
import { scoreFromInputs, type LoadOptions, type LoadScore } from '../../shared/analytics/session/score-load';
import { sessionEfforts } from '../../shared/analytics/profile/session-efforts';
import { stretchChannels } from '../../shared/analytics/session/channels';
import type { AthleteProfile } from '../../shared/analytics/profile/types';
import type { Session, Streams } from '../../shared/model';
import { correctedLoadInputs, correctsLoad } from './corrections';
import type { EditableField, ImportedValues, SessionRow } from './records';

/** What a row keeps from the samples (load inputs, best efforts), by session: worked out once however often it is asked. */
const analysed = new WeakMap<Session, Pick<SessionRow, 'loadInputs' | 'efforts'>>();

/** The row's analysis of the session's samples: the costly part of a row, which an import works out ahead. */
export function analyseSamples(session: Session): Pick<SessionRow, 'loadInputs' | 'efforts'> {
  const known = analysed.get(session);
  if (known !== undefined) return known;
  const { streams } = session;
  // Resampled once for both: resampling is most of the analysis' time.
  const channels = streams && stretchChannels(session, streams);
  const analysis = {
    loadInputs: loadInputsOf(session, streams, channels),
    efforts: sessionEfforts(session, streams, channels),
  };
  analysed.set(session, analysis);
  return analysis;
}

export function toSessionRow(
  session: Session,
  editedFields: readonly EditableField[],
  now: number,
  imported: ImportedValues = {},
): { row: SessionRow; streams: Streams | undefined } {
  const { streams, ...summary } = session;
  const row: SessionRow = {
    ...summary,
    sourceHashes: session.sources.map((s) => s.contentHash),
    ...analyseSamples(session),
    editedFields,
    ...(Object.keys(imported).length > 0 && { imported }),
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
    imported: _imported,
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
  return scoreFromInputs(row, correctedLoadInputs(row) ?? null, profile, options);
}

/**
 * An analysis of the session's samples with its load as the row scores it when the athlete corrected a value
 * the samples contradict (a distance, a heart rate): the athlete's value wins in the detail and the AI's facts too.
 */
export function withCorrectedLoad<A extends { readonly load: LoadScore | null }>(
  row: SessionRow,
  analysis: A,
  profile: AthleteProfile,
): A {
  return correctsLoad(row) ? { ...analysis, load: scoreStoredSession(row, profile) } : analysis;
}
