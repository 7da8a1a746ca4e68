// Which original files to keep with an import (for re-processing and export):
// the decoded bytes of every workout file the importer read, loose or from
// inside a zip or gzip, kept for the sessions that came from them. A zip
// entry stored uncompressed is a view into the whole zip's buffer: the stored
// Blob (db/original-bytes.ts) holds only the view's bytes.
import type { WorkoutFile } from '../../importer';
import type { Session } from '../../shared/model';
import type { SourceBytes } from '../db';

/** Collects the workout files of one import through `importFiles`' `onWorkoutFile`. */
export class WorkoutFiles {
  private readonly byHash = new Map<string, { file: string; bytes: Uint8Array }>();

  /** Pass as `onWorkoutFile`. A byte-for-byte copy read later is not kept: the session names the first. */
  readonly add = (file: WorkoutFile): void => {
    if (!this.byHash.has(file.contentHash)) this.byHash.set(file.contentHash, { file: file.name, bytes: file.bytes });
  };

  /** Whether the workout file with this hash is the given file `name`, or was found inside it (an archive). */
  cameFrom(contentHash: string, name: string): boolean {
    const file = this.byHash.get(contentHash)?.file;
    return file !== undefined && (file === name || file.startsWith(`${name}/`));
  }

  /** The originals of these sessions' sources; files no session came from (broken ones) are left out. */
  sourcesOf(sessions: readonly Session[]): SourceBytes {
    const kept = new Map<string, { file: string; bytes: Uint8Array }>();
    for (const session of sessions) {
      for (const source of session.sources) {
        const given = this.byHash.get(source.contentHash);
        if (given !== undefined) kept.set(source.contentHash, given);
      }
    }
    return kept;
  }
}
