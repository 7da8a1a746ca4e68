// Which original files to keep with an import (for re-processing and export):
// every workout file the importer read, loose or from inside a zip or gzip
// (decoded), kept for the sessions that came from them. A file picked as it is
// is kept as the picked Blob, which IndexedDB stores without the worker copying
// its bytes; a zip entry stored uncompressed, a view into the whole zip's
// buffer, becomes a Blob of the view's bytes only (db/original-bytes.ts).
import type { WorkoutFile } from '../../importer';
import type { Session } from '../../shared/model';
import type { SourceBytes } from '../db';

type Kept = { file: string; bytes: Uint8Array | Blob };

/** Collects the workout files of one import through `importFiles`' `onWorkoutFile`. */
export class WorkoutFiles {
  private readonly byHash = new Map<string, Kept>();

  /** `picked`: the files as picked, by the buffer their bytes were read into. */
  constructor(private readonly picked: ReadonlyMap<ArrayBufferLike, Blob> = new Map()) {}

  /** Pass as `onWorkoutFile`. A byte-for-byte copy read later is not kept: the session names the first. */
  readonly add = (file: WorkoutFile): void => {
    if (!this.byHash.has(file.contentHash))
      this.byHash.set(file.contentHash, { file: file.name, bytes: this.pickedAs(file.bytes) ?? file.bytes });
  };

  /** The picked file whose bytes are exactly `bytes` (not decompressed, not an archive's entry), if any. */
  private pickedAs(bytes: Uint8Array): Blob | undefined {
    const blob = this.picked.get(bytes.buffer);
    return blob !== undefined && bytes.byteOffset === 0 && bytes.byteLength === blob.size ? blob : undefined;
  }

  /** Whether the workout file with this hash is the given file `name`, or was found inside it (an archive). */
  cameFrom(contentHash: string, name: string): boolean {
    const file = this.byHash.get(contentHash)?.file;
    return file !== undefined && (file === name || file.startsWith(`${name}/`));
  }

  /** The originals of these sessions' sources; files no session came from (broken ones) are left out. */
  sourcesOf(sessions: readonly Session[]): SourceBytes {
    const kept = new Map<string, Kept>();
    for (const session of sessions) {
      for (const source of session.sources) {
        const given = this.byHash.get(source.contentHash);
        if (given !== undefined) kept.set(source.contentHash, given);
      }
    }
    return kept;
  }
}
