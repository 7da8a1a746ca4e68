// The messages between the side panel and the import worker, in one place so
// both ends are checked against the same types.
import type { ImportProgress } from '../../importer';
import type { ImportIssue } from '../../shared/model';
import type { FetchedActivity } from '../sites/site-adapter';

/** What a training site told about a fetched file, applied to the sessions read from it (sites/apply-details.ts). */
export type SiteOrigin = Pick<FetchedActivity, 'ref' | 'via' | 'details'>;

/** A file the athlete gave: its path as they know it ("rides/2024/a.fit") and its contents, unread. */
export interface FileToImport {
  readonly name: string;
  readonly blob: Blob;
  /** Set when the file was fetched from a training site rather than given from disk. */
  readonly site?: SiteOrigin;
}

/** The one message: import these files. To cancel, the panel ends the worker. */
export type ToWorker = { readonly type: 'start'; readonly files: readonly FileToImport[] };

/** Where an import stands: reading the files, parsing them (with the importer's counts), or saving. */
export type ImportPhase = 'reading' | 'parsing' | 'saving';

/** What the import did, for the athlete: counts against the library as it was, and every problem by file. */
export interface ImportSummary {
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Sessions new to the library. */
  readonly added: number;
  /** Their ids (for the summary after import). */
  readonly addedIds: readonly string[];
  /** Sessions folded into another recording of the same workout, in this import or already stored. */
  readonly merged: number;
  /** Files whose workouts were already there, byte for byte: skipped. */
  readonly duplicates: number;
  /** Files nothing (or not everything) could be read from. */
  readonly errors: readonly ImportIssue[];
  /** What was repaired, merged, skipped or left out, in plain words. */
  readonly notes: readonly ImportIssue[];
  /** Plans made from workout files (FIT workouts), dated the day of the import; absent when none. */
  readonly planned?: number;
}

/** While saving: sessions stored so far, of how many (a chunk of files at a time, save-in-chunks.ts). */
export interface SavedSoFar {
  readonly sessions: number;
  readonly of: number;
}

export type FromWorker =
  | {
      readonly type: 'progress';
      readonly phase: ImportPhase;
      readonly progress: ImportProgress;
      readonly saved?: SavedSoFar;
    }
  | { readonly type: 'done'; readonly summary: ImportSummary }
  /** Nothing was saved; `message` says why in plain words. */
  | { readonly type: 'failed'; readonly message: string };
