/** A file handed to the importer: its path as the athlete gave it, and its bytes. */
export interface ImportInput {
  readonly name: string;
  readonly bytes: Uint8Array;
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

export interface ImportOptions {
  onProgress?(progress: ImportProgress): void;
  /** Aborting stops the import between files; `importFiles` then rejects with the signal's reason. */
  signal?: AbortSignal;
  limits?: {
    /** Total bytes all archives may expand to (default 1 GiB). */
    maxDecompressedBytes?: number;
    /** Total entries all zips may list (default 200,000). */
    maxEntries?: number;
  };
}
