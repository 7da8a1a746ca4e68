import type { ImportLimits } from './limits';

/** A file handed to the importer: its path as the athlete gave it, and its bytes. */
export interface ImportInput {
  readonly name: string;
  /**
   * Or their promise, while they are still being read: the importer works on the files that have arrived while the
   * rest are read. A read that fails becomes that file's error.
   */
  readonly bytes: Uint8Array | Promise<Uint8Array>;
}

/** Where an import stands, reported after every file. */
export interface ImportProgress {
  /** Files finished: inputs, archive entries and the archives themselves. */
  readonly filesDone: number;
  /** Grows as archives reveal their entries. */
  readonly filesTotal: number;
  /** Sessions in the result so far (after duplicates and merges). */
  readonly sessionsAdded: number;
  readonly duplicatesSkipped: number;
  readonly merged: number;
  readonly errors: number;
  /** The file just finished. */
  readonly currentFile: string;
}

/** A workout file the importer read, as `ImportOptions.onWorkoutFile` hands it over. */
export interface WorkoutFile {
  /** Its full path, inside archives too: "export.zip/activities/1001.fit.gz". */
  readonly name: string;
  /** The hash of `bytes`: the `contentHash` its sessions' sources carry. */
  readonly contentHash: string;
  /** Its decoded contents (after gunzip and unzip). May be a view into the archive it came from: copy it to keep it alone. */
  readonly bytes: Uint8Array;
}

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  /**
   * Called once for every workout file (FIT, GPX, TCX) read, loose or found
   * in a zip or gzip, after it is hashed and before it is parsed, so also for
   * one that turns out broken or a byte-for-byte copy of another. Lets the
   * caller keep the original files its sessions came from, which archives
   * otherwise hide.
   */
  onWorkoutFile?(file: WorkoutFile): void;
  /** Aborting stops the import between files; `importFiles` then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides of the defaults in limits.ts (DEFAULT_LIMITS): decompressed bytes, zip entries, time per file. */
  limits?: Partial<ImportLimits>;
}
