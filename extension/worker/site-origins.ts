// Sessions read from a file a training site gave keep what the site knows
// (title, notes, gear, RPE, and the site's activity id on the source that
// came from it), so a later import of the same activity is recognised before
// anything is downloaded.
import type { ImportInput } from '../../importer';
import type { Session } from '../../shared/model';
import { applySiteDetails } from '../sites/apply-details';
import type { FileToImport } from './import-protocol';
import type { WorkoutFiles } from './source-bytes';

/** `sessions` with the details of the site files they were read from applied; sessions from files off disk as they are. */
export function applySiteOrigins(
  sessions: readonly Session[],
  files: readonly FileToImport[],
  inputs: readonly ImportInput[],
  read: WorkoutFiles,
): Session[] {
  const fromSites = inputs.flatMap((input) => {
    const site = files.find((file) => file.name === input.name)?.site;
    return site === undefined ? [] : [{ ...site, name: input.name, bytes: input.bytes }];
  });
  return sessions.map((session) =>
    fromSites.reduce((applied, fetched) => {
      const hash = applied.sources.map((s) => s.contentHash).find((h) => read.cameFrom(h, fetched.name));
      return hash === undefined ? applied : applySiteDetails(applied, fetched, hash);
    }, session),
  );
}
