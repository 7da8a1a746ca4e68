// A bulk import's state in the extension's local storage, one key per site:
// the page running the import writes it after every activity, and the side
// panel reads it and watches it change (storage.onChanged) to show progress.
import type { SiteName } from '../../../shared/model';
import type { BulkState } from './bulk-state';

/** The part of chrome.storage.local used here (https://developer.chrome.com/docs/extensions/reference/api/storage#type-StorageArea). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A saved state with the time it was saved, so the panel can tell a run whose page was closed from one still going. */
export type SavedBulkState = BulkState & { readonly savedAt: number };

export function bulkKey(site: SiteName): string {
  return `sessionsai:bulk:${site}`;
}

function isSavedState(value: unknown, site: SiteName): value is SavedBulkState {
  const v = value as Partial<SavedBulkState> | null | undefined;
  return (
    v?.site === site &&
    typeof v.status === 'string' &&
    Array.isArray(v.doneIds) &&
    typeof v.counts === 'object' &&
    typeof v.savedAt === 'number'
  );
}

export interface BulkStore {
  load(site: SiteName): Promise<SavedBulkState | null>;
  save(state: BulkState): Promise<void>;
}

export function bulkStore(area: KeyValueArea, now: () => number = Date.now): BulkStore {
  return {
    async load(site) {
      const value = (await area.get(bulkKey(site)))[bulkKey(site)];
      // Anything else under the key (an older shape) is a run that cannot be resumed: start over.
      return isSavedState(value, site) ? value : null;
    },
    save: (state) => area.set({ [bulkKey(state.site)]: { ...state, savedAt: now() } }),
  };
}

/**
 * A run still marked running whose page has not saved for this long was cut
 * off (the tab closed or left the page): it is offered for resuming. A
 * running import saves at least every POLITE_DELAY_MS plus one request.
 */
export const INTERRUPTED_AFTER_MS = 60_000;

/** Whether the saved run is going on now, as far as the panel can tell. */
export function isRunningNow(state: SavedBulkState, now: number): boolean {
  return state.status === 'running' && now - state.savedAt < INTERRUPTED_AFTER_MS;
}
