/** What a fuzz case came to: the first three are fine; the last two must never happen. */
export type Outcome = 'imported' | 'with warnings' | 'refused' | 'crashed' | 'over time';

export interface CaseRequest {
  readonly index: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The importer's own time budget for the file. */
  readonly fileTimeMs: number;
}

export interface CaseResult {
  readonly index: number;
  readonly outcome: Outcome;
  readonly detail: string;
}
