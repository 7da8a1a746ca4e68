// Which of a training site's activities are already in the library, read once
// so a bulk import skips them before any download.
import type { SiteName } from '../../shared/model';
import { type SessionsDb, tablesOf } from './database';
import { isLive } from './live';

/** The site's own ids of its activities that a live session holds a source fetched from, each once. */
export async function importedActivityIds(handle: SessionsDb, site: SiteName): Promise<string[]> {
  const ids = new Set<string>();
  await tablesOf(handle)
    .sessions.filter(isLive)
    .each((row) => {
      for (const source of row.sources) if (source.site?.site === site) ids.add(source.site.activityId);
    });
  return [...ids];
}
