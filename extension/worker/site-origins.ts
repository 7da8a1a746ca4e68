// Sessions read from a file a training site gave keep what the site knows
// (title, notes, gear, RPE, and the site's activity id on the source that
// came from it), so a later import of the same activity is recognised before
// anything is downloaded.
import type { Session } from '../../shared/model';
import { applySiteDetails } from '../sites/apply-details';
import type { FileToImport } from './import-protocol';
import type { WorkoutFiles } from './source-bytes';

/** `sessions` with the details of the site files they were read from applied; sessions from files off disk as they are. */
export function applySiteOrigins(
  sessions: readonly Session[],
  files: readonly FileToImport[],
  read: WorkoutFiles,
): Session[] {
  const fromSites = files.flatMap(({ name, site }) => (site === undefined ? [] : [{ name, site }]));
  return sessions.map((session) =>
    fromSites.reduce((applied, { name, site }) => {
      const hash = applied.sources.map((s) => s.contentHash).find((h) => read.cameFrom(h, name));
      return hash === undefined ? applied : applySiteDetails(applied, site, hash);
    }, session),
  );
}
