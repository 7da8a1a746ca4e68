// Sessions stored before rows kept their load inputs (load-inputs.ts) get
// them once, from their stored samples, so Today scores them as the detail
// does. The inputs are derived from data already stored, not a change the
// athlete made: updatedAt stays and nothing is queued for sync.
import { type Database, type SessionsDb, tablesOf } from './database';
import { isLive } from './live';
import { loadInputsOf } from '../../shared/analytics/session/load-inputs';
import type { SessionRow } from './records';
import { toSession } from './session-row';
import { putRows } from './write-rows';

// Each commit re-runs the views' live queries, so the rows without samples
// are done in one transaction and the rest in batches, not one by one; a
// batch's samples (about an hour of 1 Hz data per session) stay small
// enough to hold at once.
const BATCH = 100;

async function fill(db: Database, ids: readonly string[], readSamples: boolean): Promise<number> {
  return db.transaction('rw', [db.sessions, db.streams], async () => {
    const rows = (await db.sessions.bulkGet([...ids])).filter(
      (row): row is SessionRow => row !== undefined && row.loadInputs === undefined,
    );
    const samples = readSamples ? await db.streams.bulkGet(rows.map((row) => row.id)) : [];
    const updated = rows.map((row, i) => {
      const stored = samples[i];
      const streams = isLive(stored) ? stored.streams : undefined;
      return { ...row, loadInputs: loadInputsOf(toSession(row, streams)) };
    });
    await putRows(db, 'sessions', updated, 'local');
    return updated.length;
  });
}

/** Fills in the load inputs of these sessions where still absent; resolves with how many were filled. */
export async function fillLoadInputs(handle: SessionsDb, ids: readonly string[]): Promise<number> {
  const db = tablesOf(handle);
  // Which have samples, from the streams table's keys alone.
  const withSamples = new Set(
    await db.streams
      .where(':id')
      .anyOf([...ids])
      .primaryKeys(),
  );
  let filled = await fill(
    db,
    ids.filter((id) => !withSamples.has(id)),
    false,
  );
  const sampled = ids.filter((id) => withSamples.has(id));
  for (let i = 0; i < sampled.length; i += BATCH) filled += await fill(db, sampled.slice(i, i + BATCH), true);
  return filled;
}
