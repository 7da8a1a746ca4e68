import type { Session } from './session';
import type { ImportedWorkout } from './workout';

/**
 * Something about one input file that the athlete should hear about. `file`
 * names it (with its path inside any archive); `message` is a plain sentence
 * that says what is wrong and what was kept.
 */
export interface ImportIssue {
  readonly file: string;
  readonly code: ImportIssueCode;
  readonly message: string;
}

export type ImportIssueCode =
  | 'empty-file'
  | 'unknown-format'
  | 'bad-header'
  | 'bad-crc'
  | 'truncated'
  | 'corrupt'
  | 'too-large'
  /** The file took longer than its time budget and was stopped. */
  | 'over-time'
  | 'not-activity'
  | 'no-data'
  | 'duplicate'
  | 'merged'
  | 'missing-file'
  | 'unsupported';

/** What every parser and the importer as a whole return. They never throw on bad input. */
export interface ImportResult {
  readonly sessions: Session[];
  readonly warnings: ImportIssue[];
  readonly errors: ImportIssue[];
  /** Planned workouts read from workout files (FIT file type "workout"); absent when there were none. */
  readonly workouts?: ImportedWorkout[];
}

export function emptyResult(): ImportResult {
  return { sessions: [], warnings: [], errors: [] };
}

/** Appends b's sessions and issues onto a (mutating a), for gathering results file by file. */
export function appendResult(a: ImportResult, b: ImportResult): ImportResult {
  a.sessions.push(...b.sessions);
  a.warnings.push(...b.warnings);
  a.errors.push(...b.errors);
  if (b.workouts) (a as { workouts?: ImportedWorkout[] }).workouts = [...(a.workouts ?? []), ...b.workouts];
  return a;
}
