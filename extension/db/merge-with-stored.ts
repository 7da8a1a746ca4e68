// Folding a newly imported session into one already stored. The importer
// decides what is the same workout and how two recordings merge
// (importer/dedup); the database reuses that rule instead of keeping its own.
// Only saving an import merges, so the importer is loaded then, never on the
// side panel's way to its first screen.
import { isSameWorkout, type Session } from '../../shared/model';
import { reapplyCorrections } from './corrections';
import type { ImportedValues, SessionRow } from './records';

export interface Merged {
  readonly session: Session;
  /** What happened, in the importer's words. */
  readonly message: string;
}

export interface StoredMerger {
  /** `incoming` merged into `stored` when they are the same workout recorded by two sources (never two sessions of one chained file). */
  ifSameWorkout(stored: Session, incoming: Session): Merged | null;
  /** `incoming` merged into `stored` without asking: they share original files, so they are one workout. */
  sharingFiles(stored: Session, incoming: Session): Merged;
}

/** The merges with the importer's rule, once the importer is loaded. */
export async function loadStoredMerger(): Promise<StoredMerger> {
  const { mergeSessions } = await import('../../importer');
  return {
    ifSameWorkout(stored, incoming) {
      const storedHashes = new Set(stored.sources.map((s) => s.contentHash));
      if (incoming.sources.some((s) => storedHashes.has(s.contentHash)) || !isSameWorkout(stored, incoming))
        return null;
      const file = incoming.sources[0]?.file ?? incoming.id;
      // A session logged by hand has no file: the file's recording takes it over.
      if (stored.sources.length === 0)
        return {
          session: mergeSessions(stored, incoming),
          message: `${file}: the workout you logged by hand: its recording now fills that session, keeping your RPE and notes`,
        };
      const known = stored.sources.map((s) => s.file).join(' and ');
      return {
        session: mergeSessions(stored, incoming),
        message: `${file}: the same workout as ${known}, already in your library: merged into one session that keeps both sources`,
      };
    },
    sharingFiles(stored, incoming) {
      const file = incoming.sources[0]?.file ?? incoming.id;
      const known = stored.sources.map((s) => s.file).join(' and ');
      return {
        session: mergeSessions(stored, incoming),
        message: `${file}: shares files with ${known}, already in your library: merged into that session, which keeps every source`,
      };
    },
  };
}

/**
 * The merged session as it is stored: under the stored session's id (notes,
 * plans and other devices already point at it), each source once, and the
 * athlete's own corrections kept over anything a file says, with what the files now say kept beside them.
 */
export function keepStoredIdentity(
  stored: SessionRow,
  merged: Session,
): { session: Session; imported: ImportedValues } {
  const seen = new Set<string>();
  const sources = merged.sources.filter((s) => !seen.has(s.contentHash) && seen.add(s.contentHash));
  const { session, imported } = reapplyCorrections(stored, merged);
  return { session: { ...session, id: stored.id, sources }, imported };
}
