// One activity from the page the athlete is on: asked for only when it is not
// in the library yet, fetched with the page's login, imported by the
// background. Shared by the button on the page and the panel's "Import this
// activity".
import type { SiteImportOutcome } from '../../worker/site-import-protocol';
import type { SiteName, SiteRef } from '../../../shared/model';
import type { FetchedActivity, SiteAdapter, SiteFetch } from '../site-adapter';
import { failureWords } from './failure-words';
import type { ActivityImportResult } from './tab-protocol';

/** The background, as the page reaches it. */
export interface Library {
  importedIds(site: SiteName): Promise<readonly string[]>;
  importActivity(activity: FetchedActivity): Promise<SiteImportOutcome>;
}

export const IMPORTED = 'Imported';
export const ALREADY_THERE = 'Already in SessionsAI';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Never throws: every failure comes back in words. */
export async function importActivity(
  adapter: Pick<SiteAdapter, 'label' | 'fetchActivity'>,
  ref: SiteRef,
  fetch: SiteFetch,
  library: Library,
): Promise<ActivityImportResult> {
  try {
    if ((await library.importedIds(ref.site)).includes(ref.activityId))
      return { kind: 'duplicate', message: ALREADY_THERE };
    const fetched = await adapter.fetchActivity(ref, fetch);
    if (!fetched.ok) return { kind: 'failed', message: failureWords(fetched.failure, adapter.label) };
    const outcome = await library.importActivity(fetched.value);
    // What the athlete should know about how it was fetched follows the outcome as a sentence of its own.
    const note = fetched.value.note === undefined ? '' : `. ${fetched.value.note}`;
    switch (outcome.kind) {
      case 'imported':
        return { kind: 'imported', message: `${IMPORTED}${note}` };
      case 'merged':
        return {
          kind: 'imported',
          message: `${IMPORTED}: merged with the same workout already there, keeping both sources${note}`,
        };
      case 'duplicate':
        return { kind: 'duplicate', message: ALREADY_THERE };
      case 'failed':
        return { kind: 'failed', message: outcome.message };
    }
  } catch (error) {
    return {
      kind: 'failed',
      message: `SessionsAI could not import this ${adapter.label} activity (${reasonOf(error)}); reload the page and try again.`,
    };
  }
}
