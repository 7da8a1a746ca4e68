// The content script's work on a supported site's page: the button on an
// activity page, and the panel's requests (import this activity, import
// everything listed, cancel). Single-page apps change the URL without a new
// page, so `refresh` is called again on every location change.
import type { BulkStore } from '../bulk/bulk-store';
import { realDelay, type Delay } from '../bulk/polite-fetch';
import { runBulk } from '../bulk/run-bulk';
import type { PageMatch } from '../registry';
import type { SiteAdapter } from '../site-adapter';
import { diagnose } from './diagnose';
import { importActivity, type Library } from './import-activity';
import { placeImportButton, type ImportButton } from './import-button';
import { pageFetch } from './page-fetch';
import type { ActivityImportResult, ToTab } from './tab-protocol';

/** How long a page that renders late (a single-page app) is watched for its title before giving up on the button. */
export const TITLE_WAIT_MS = 15_000;

export interface SitePageDeps {
  readonly window: Window;
  /** The registry's adapterForUrl, or a test's own. */
  readonly pageMatch: (url: URL) => PageMatch | null;
  readonly library: Library;
  readonly bulk: BulkStore;
  readonly delay?: Delay;
  /** Answer the diagnostics page (development builds only: import.meta.env.DEV). */
  readonly diagnostics?: boolean;
  /** The page's fetch; the window's own unless a test gives one. */
  readonly fetch?: typeof globalThis.fetch;
}

export interface SitePage {
  /** Puts the button on the page the window now shows (after a navigation), removing the last one. */
  refresh(): void;
  /** Answers a message from the panel. */
  handle(message: ToTab): Promise<unknown>;
  /** Removes the button and cancels a running bulk import (the extension was updated or disabled). */
  stop(): void;
}

export function startSitePage(deps: SitePageDeps): SitePage {
  const { window } = deps;
  let button: ImportButton | null = null;
  let watching: MutationObserver | null = null;
  let watchTimer: ReturnType<typeof setTimeout> | undefined;
  let bulk: AbortController | null = null;

  const here = () => deps.pageMatch(new URL(window.location.href));
  const fetchFor = (adapter: SiteAdapter) => pageFetch(adapter.origin, deps.fetch ?? window.fetch.bind(window));

  /** `expected` is the activity the button was placed for: page script may have changed the address since. */
  async function importHere(expected?: string): Promise<ActivityImportResult> {
    const place = here();
    if (place?.ref == null)
      return { kind: 'failed', message: 'This page shows no single activity: open the activity you want to import.' };
    if (expected !== undefined && place.ref.activityId !== expected) {
      const moved: ActivityImportResult = {
        kind: 'failed',
        message: 'This page changed to another activity: reload it, then import again.',
      };
      button?.show({ kind: 'result', result: moved });
      return moved;
    }
    button?.show({ kind: 'busy' });
    const result = await importActivity(place.adapter, place.ref, fetchFor(place.adapter), deps.library);
    button?.show({ kind: 'result', result });
    return result;
  }

  function unwatch() {
    watching?.disconnect();
    watching = null;
    clearTimeout(watchTimer);
  }

  function refresh() {
    unwatch();
    button?.remove();
    button = null;
    const place = here();
    if (place?.ref == null) return;
    const { site } = place.adapter;
    const { activityId } = place.ref;
    const tryPlace = () => {
      button = placeImportButton(window.document, site, () => void importHere(activityId));
      if (button !== null) clearTimeout(watchTimer);
    };
    // The title may not be rendered yet, and a single-page app may render it
    // again and drop the button with the old one: the page is watched, and
    // the button put back whenever it is gone. A title that never shows is
    // waited for a while only.
    watching = new MutationObserver(() => {
      if (button?.isPlaced() !== true) tryPlace();
    });
    watching.observe(window.document.body, { childList: true, subtree: true });
    tryPlace();
    if (button === null) watchTimer = setTimeout(unwatch, TITLE_WAIT_MS);
  }

  async function startBulk(resume: boolean): Promise<{ started: boolean; message?: string }> {
    const place = here();
    if (place === null) return { started: false, message: 'This page is not on a site SessionsAI imports from.' };
    if (bulk !== null) return { started: false, message: 'A bulk import is already running in this tab.' };
    const controller = new AbortController();
    bulk = controller;
    const from = resume ? await deps.bulk.load(place.adapter.site) : null;
    const { library } = deps;
    void runBulk(
      {
        adapter: place.adapter,
        fetch: fetchFor(place.adapter),
        delay: deps.delay ?? realDelay,
        importedIds: () => library.importedIds(place.adapter.site),
        importActivity: (activity) => library.importActivity(activity),
        save: deps.bulk.save,
      },
      from?.status === 'finished' ? null : from,
      controller.signal,
    ).finally(() => {
      if (bulk === controller) bulk = null;
    });
    return { started: true };
  }

  return {
    refresh,
    handle(message) {
      switch (message.type) {
        case 'sessionsai:hello':
          return Promise.resolve({ hello: true });
        case 'sessionsai:import-this':
          return importHere();
        case 'sessionsai:bulk-start':
          return startBulk(message.resume);
        case 'sessionsai:bulk-cancel':
          bulk?.abort();
          return Promise.resolve({ cancelled: bulk !== null });
        case 'sessionsai:diagnose': {
          const place = here();
          if (!deps.diagnostics || place === null) return Promise.resolve(null);
          return diagnose(place, fetchFor(place.adapter));
        }
      }
    },
    stop() {
      unwatch();
      button?.remove();
      bulk?.abort();
    },
  };
}
