// Where a bulk import of a site's activities stands, persisted after every
// activity so a cancelled or stopped run resumes where it left off.
import type { SiteName } from '../../../shared/model';

export type BulkStatus = 'running' | 'finished' | 'cancelled' | 'stopped';

export interface BulkCounts {
  /** Activities handled: imported, already there, or failed. */
  readonly done: number;
  /** Activities listed so far; grows while `morePages`. */
  readonly total: number;
  readonly added: number;
  /** Already in SessionsAI: skipped before downloading, or found a duplicate on import. */
  readonly already: number;
  readonly failed: number;
}

export interface BulkState {
  readonly site: SiteName;
  readonly status: BulkStatus;
  /** The list page being worked through (the adapter's cursor; null is the first page). */
  readonly cursor: string | null;
  /** Every activity id handled in this run, so a resumed run (or a list that shifted under new activities) skips them. */
  readonly doneIds: readonly string[];
  readonly counts: BulkCounts;
  /** Whether list pages remain beyond those counted in `counts.total`. */
  readonly morePages: boolean;
  /** Why the run stopped (status 'stopped'), in words. */
  readonly message: string | null;
  /** One line per activity that failed, naming it. The latest MAX_FAILURES are kept. */
  readonly failures: readonly string[];
}

export const MAX_FAILURES = 50;

export function freshBulkState(site: SiteName): BulkState {
  return {
    site,
    status: 'running',
    cursor: null,
    doneIds: [],
    counts: { done: 0, total: 0, added: 0, already: 0, failed: 0 },
    morePages: true,
    message: null,
    failures: [],
  };
}

/** Whether a saved run can be resumed rather than started over. */
export function isResumable(state: BulkState | null): state is BulkState {
  return state !== null && (state.status === 'cancelled' || state.status === 'stopped');
}
