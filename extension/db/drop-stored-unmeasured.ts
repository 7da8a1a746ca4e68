// Schema v14's upgrade: sessions imported before a channel of zeros alone was
// left out (shared/model/unmeasured-channels.ts) still hold one, typically
// "power 0" from a bike computer with no power meter, and were scored on it
// (power TSS 0), estimated from it and shown with "Avg power 0 W". Cleaned
// here once, so their loads come out as a fresh import's would, from heart rate
// or pace. Not treated at read time: load inputs, efforts, the stored log and
// the detail all read the row, and one rewrite keeps them all in step. The rows
// are written through the upgrade's transaction, so change-stamp.ts notes them
// and the stored log and the estimates catch up. Derived from the same files,
// like load inputs: updatedAt stays and nothing is queued for sync (each
// device cleans its own copy when it updates).
import type { Transaction } from 'dexie';
import { loadInputsOf } from '../../shared/analytics/session/load-inputs';
import { sessionEfforts } from '../../shared/analytics/profile/session-efforts';
import {
  type Channel,
  type ChannelSources,
  dropUnmeasuredChannels,
  type Session,
  SOURCED_SUMMARY_FIELDS,
} from '../../shared/model';
import { isLive } from './live';
import { LIVE } from './live-index';
import type { SessionRow, StreamsRow } from './records';
import { toSession } from './session-row';

/** Sessions read per request: each with about an hour of 1 Hz samples. */
const BATCH = 100;

const CLEANED: readonly Channel[] = ['heartRate', 'power', 'cadence', 'speed'];

/** Where each channel and value came from, without the channels dropped and the values cleared. */
function withoutDropped(sources: ChannelSources, before: Session, after: Session): ChannelSources {
  const dropped = CLEANED.filter((c) => before.streams?.[c] !== undefined && after.streams?.[c] === undefined);
  const channels = { ...sources.channels };
  const options = { ...sources.options };
  for (const c of dropped) {
    const zeros = channels[c];
    delete channels[c];
    const rest = (options[c] ?? []).filter((hash) => hash !== zeros);
    if (rest.length > 0) options[c] = rest;
    else delete options[c];
  }
  const summary = { ...sources.summary };
  for (const field of SOURCED_SUMMARY_FIELDS) if (after[field] === null) delete summary[field];
  return { ...sources, channels, options, summary };
}

/** The row of `cleaned`, its load inputs and best efforts worked out again from the samples left. */
function cleanedRow(row: SessionRow, session: Session, cleaned: Session): SessionRow {
  const { streams, ...summary } = cleaned;
  return {
    ...row,
    ...summary,
    ...(row.channelSources && { channelSources: withoutDropped(row.channelSources, session, cleaned) }),
    // Without samples here (a synced session's not fetched yet) the inputs kept stay: nothing to work them from.
    ...(streams && { loadInputs: loadInputsOf(cleaned) }),
    // Absent efforts are worked out from the samples when estimating (threshold-estimates.ts).
    ...(streams && row.efforts !== undefined && { efforts: sessionEfforts(cleaned) }),
  };
}

/** Drops every stored live session's channels of zeros alone, a batch at a time. */
export async function dropStoredUnmeasuredChannels(tx: Transaction): Promise<void> {
  const sessions = tx.table<SessionRow, string>('sessions');
  const streams = tx.table<StreamsRow, string>('streams');
  const ids = await sessions.where('[live+start]').between([LIVE, -Infinity], [LIVE, Infinity]).primaryKeys();
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const [rows, samples] = await Promise.all([sessions.bulkGet(batch), streams.bulkGet(batch)]);
    const changed: SessionRow[] = [];
    const resampled: StreamsRow[] = [];
    rows.forEach((row, j) => {
      if (row === undefined) return;
      const stored = samples[j];
      const session = toSession(row, isLive(stored) ? stored.streams : undefined);
      const cleaned = dropUnmeasuredChannels(session);
      if (cleaned === session) return;
      changed.push(cleanedRow(row, session, cleaned));
      if (stored !== undefined && cleaned.streams !== session.streams)
        resampled.push({ ...stored, streams: cleaned.streams! });
    });
    await sessions.bulkPut(changed);
    await streams.bulkPut(resampled);
  }
}
