// The background's side of a site import: the fetched bytes go through the
// same import handler as dropped files (same importer, same dedup, same save),
// and its report becomes one outcome the page's button can show.
import type { importFiles } from '../../importer';
import type { SessionsDb } from '../db';
import type { FetchedActivity } from '../sites/site-adapter';
import { createImportHandler } from './import-handler';
import type { FromWorker, ImportSummary } from './import-protocol';
import type { SiteImportOutcome } from './site-import-protocol';

function outcomeOf(end: FromWorker | undefined, activity: FetchedActivity): SiteImportOutcome {
  if (end?.type === 'failed') return { kind: 'failed', message: end.message };
  if (end?.type !== 'done')
    return { kind: 'failed', message: `${activity.name}: the import stopped before it finished; nothing was saved` };
  const summary: ImportSummary = end.summary;
  if (summary.added > 0) return { kind: 'imported' };
  if (summary.merged > 0) {
    const note = summary.notes.find((n) => n.code === 'merged');
    return {
      kind: 'merged',
      message: note?.message ?? `${activity.name}: merged with a session already in your library`,
    };
  }
  if (summary.duplicates > 0) return { kind: 'duplicate' };
  const error = summary.errors[0];
  return {
    kind: 'failed',
    message: error?.message ?? `${activity.name}: no workout was found in what the site sent; nothing was imported`,
  };
}

/** Imports one activity fetched from a site and says what happened. Never throws. */
export async function importFetched(
  db: SessionsDb,
  activity: FetchedActivity,
  run?: typeof importFiles,
): Promise<SiteImportOutcome> {
  let end: FromWorker | undefined;
  const handle = createImportHandler({
    db,
    post: (message) => message.type !== 'progress' && (end = message),
    ...(run && { importFiles: run }),
  });
  const { ref, via, details, name, bytes } = activity;
  await handle({ type: 'start', files: [{ name, blob: new Blob([bytes.slice()]), site: { ref, via, details } }] });
  return outcomeOf(end, activity);
}
