// Imports every activity a site lists for the athlete, newest first, one
// request at a time (polite-fetch.ts). Activities already in SessionsAI are
// skipped before anything is downloaded. The state is saved after every
// activity; a cancel, a 429 or a logged-out page ends the run cleanly with
// that state, and passing it back in resumes the run.
import type { SiteImportOutcome } from '../../worker/site-import-protocol';
import { failureWords, stopsBulk } from '../content/failure-words';
import type { FetchedActivity, ListedActivity, SiteAdapter, SiteFetch } from '../site-adapter';
import { freshBulkState, MAX_FAILURES, type BulkCounts, type BulkState } from './bulk-state';
import { POLITE_DELAY_MS, politeFetch, type Delay } from './polite-fetch';

export interface BulkDeps {
  readonly adapter: Pick<SiteAdapter, 'site' | 'label' | 'fetchActivity' | 'listActivities'>;
  /** The page's own fetch (same origin, the athlete's login). */
  readonly fetch: SiteFetch;
  readonly delay: Delay;
  /** Pause before every request after the first; POLITE_DELAY_MS unless a test says otherwise. */
  readonly delayMs?: number;
  /** Ids of the site's activities already in the library. */
  readonly importedIds: () => Promise<readonly string[]>;
  readonly importActivity: (activity: FetchedActivity) => Promise<SiteImportOutcome>;
  /** Persists (and shows) the state; called at the start, after every activity and page, and at the end. */
  readonly save: (state: BulkState) => Promise<void>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function count(counts: BulkCounts, field: 'added' | 'already' | 'failed'): BulkCounts {
  return { ...counts, done: counts.done + 1, [field]: counts[field] + 1 };
}

function outcomeField(outcome: SiteImportOutcome): 'added' | 'already' | 'failed' {
  if (outcome.kind === 'imported' || outcome.kind === 'merged') return 'added';
  return outcome.kind === 'duplicate' ? 'already' : 'failed';
}

function activityName(item: ListedActivity, site: string): string {
  return item.title === null
    ? `${site} activity ${item.ref.activityId}`
    : `"${item.title}" (${site} ${item.ref.activityId})`;
}

/** Runs (or, given a saved cancelled or stopped state, resumes) a bulk import. Never throws; resolves with the final state. */
export async function runBulk(deps: BulkDeps, from: BulkState | null, signal: AbortSignal): Promise<BulkState> {
  const { adapter } = deps;
  const fetch = politeFetch(deps.fetch, deps.delay, deps.delayMs ?? POLITE_DELAY_MS, signal);
  let state: BulkState = { ...(from ?? freshBulkState(adapter.site)), status: 'running', message: null };
  const done = new Set(state.doneIds);

  const update = async (next: BulkState) => {
    state = next;
    await deps.save(state);
  };
  const end = (status: 'finished' | 'cancelled' | 'stopped', message: string | null = null) =>
    update({ ...state, status, message });
  const stop = (words: string) =>
    end('stopped', `Stopped: ${words} Everything imported so far is kept; resume to go on from here.`);
  const handled = (id: string, counts: BulkCounts, failure?: string) => {
    done.add(id);
    const failures = failure === undefined ? state.failures : [...state.failures, failure].slice(-MAX_FAILURES);
    return update({ ...state, doneIds: [...done], counts, failures });
  };

  try {
    await update(state);
    const known = new Set(await deps.importedIds());
    for (;;) {
      const listed = await adapter.listActivities(state.cursor, fetch);
      if (signal.aborted) break;
      if (!listed.ok) {
        await stop(failureWords(listed.failure, adapter.label));
        return state;
      }
      const pending = listed.value.items.filter((item) => !done.has(item.ref.activityId));
      await update({
        ...state,
        counts: { ...state.counts, total: state.counts.done + pending.length },
        morePages: listed.value.next !== null,
      });
      for (const item of pending) {
        const id = item.ref.activityId;
        if (known.has(id)) {
          await handled(id, count(state.counts, 'already'));
          continue;
        }
        const fetched = await adapter.fetchActivity(item.ref, fetch);
        if (signal.aborted) break;
        if (!fetched.ok) {
          if (stopsBulk(fetched.failure)) {
            await stop(failureWords(fetched.failure, adapter.label));
            return state;
          }
          await handled(
            id,
            count(state.counts, 'failed'),
            `${activityName(item, adapter.label)}: ${failureWords(fetched.failure, adapter.label)}`,
          );
          continue;
        }
        const outcome = await deps.importActivity(fetched.value);
        known.add(id);
        await handled(
          id,
          count(state.counts, outcomeField(outcome)),
          outcome.kind === 'failed' ? outcome.message : undefined,
        );
      }
      if (signal.aborted) break;
      if (listed.value.next === null) {
        await end('finished');
        return state;
      }
      await update({ ...state, cursor: listed.value.next });
    }
    await end('cancelled');
  } catch (error) {
    // A state that cannot be saved any more is still returned to the caller.
    const ending = signal.aborted
      ? end('cancelled')
      : stop(`something went wrong while importing (${reasonOf(error)}).`);
    await ending.catch(() => undefined);
  }
  return state;
}
