// The athlete picks another source for one channel of a merged session ("heart
// rate from the Edge, not the watch"). The stored session keeps only the
// chosen samples, so it is merged again from its original files (kept in
// `sources` for this), with the pick, by the importer's own rule. What the
// athlete or a site added (title, notes, gear, RPE) and the athlete's corrections stay as stored.
// The importer is loaded on the pick, never on the side panel's way to its first screen.
import type { importFiles as ImportFiles } from '../../importer';
import {
  isSameWorkout,
  SOURCED_SUMMARY_FIELDS,
  type Channel,
  type ChannelPicks,
  type Session,
} from '../../shared/model';
import { type Database, type SessionsDb, tablesOf } from './database';
import { asImported, reapplyCorrections } from './corrections';
import { isLive } from './live';
import { originalBytes } from './original-bytes';
import type { SessionRow } from './records';
import { putSession } from './save-import';
import { toSession } from './session-row';

/** The session as its original files record it, each parsed again; throws when one is no longer kept. */
async function reparse(db: Database, row: SessionRow, importFiles: typeof ImportFiles): Promise<Session[]> {
  const stored = toSession(row, undefined);
  const files = await db.sources.bulkGet(row.sources.map((s) => s.contentHash));
  const parsed: Session[] = [];
  for (const [i, file] of files.entries()) {
    if (file === undefined || !isLive(file)) {
      throw new Error(
        `The original file ${row.sources[i]!.file} is no longer kept, so this session cannot be merged again.`,
      );
    }
    const { sessions } = await importFiles([{ name: file.file, bytes: await originalBytes(file) }]);
    const same = sessions.find((s) => isSameWorkout(stored, s));
    if (same !== undefined) parsed.push(same);
  }
  return parsed;
}

/** `row` with its samples, channel sources and the summary values that follow them (laps too) taken from `merged`. */
function withChannelsOf(row: SessionRow, merged: Session, picks: ChannelPicks): Session {
  const summary = Object.fromEntries(SOURCED_SUMMARY_FIELDS.map((f) => [f, merged[f]]));
  const { channelPicks: _old, ...session } = toSession(row, undefined);
  return {
    ...session,
    ...summary,
    laps: merged.laps,
    ...(merged.channelSources && { channelSources: merged.channelSources }),
    ...(Object.keys(picks).length > 0 && { channelPicks: picks }),
    ...(merged.streams && { streams: merged.streams }),
  };
}

/**
 * Takes `channel` of session `id` from the source with content hash `source`,
 * or back to the automatic choice when `source` is null, and stores the
 * session merged again. Throws, changing nothing, when the session is gone,
 * an original file is no longer kept, or the session changed meanwhile.
 */
export async function pickChannelSource(
  handle: SessionsDb,
  id: string,
  channel: Channel,
  source: string | null,
): Promise<void> {
  const db = tablesOf(handle);
  const row = await db.sessions.get(id);
  if (row === undefined || !isLive(row)) throw new Error('This session is no longer in your library.');
  const { [channel]: _previous, ...others } = row.channelPicks ?? {};
  const picks: ChannelPicks = source === null ? others : { ...others, [channel]: source };
  // Parsing hashes with crypto.subtle, which would end an IndexedDB transaction: it runs before one starts.
  const { importFiles, mergeSessions } = await import('../../importer');
  const [first, ...rest] = await reparse(db, row, importFiles);
  if (first === undefined || rest.length === 0)
    throw new Error('This session has only one source left to take samples from.');
  const merged = rest.reduce(mergeSessions, { ...first, channelPicks: picks });
  const now = Date.now();
  await db.transaction('rw', [db.sessions, db.streams, db.outbox], async () => {
    const current = await db.sessions.get(id);
    if (current === undefined || current.updatedAt !== row.updatedAt) {
      throw new Error('This session changed while its sources were read again; please try again.');
    }
    // The files' values take the new channels; the athlete's corrections stay over them.
    const { session, imported } = reapplyCorrections(current, withChannelsOf(asImported(current), merged, picks));
    await putSession(db, session, current.editedFields, now, imported);
  });
}
