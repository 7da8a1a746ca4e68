import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteImportOutcome } from '../../worker/site-import-protocol';
import type { BulkState } from '../bulk/bulk-state';
import { adapterForUrl } from '../registry';
import type { FetchedActivity, SiteAdapter, SiteFetch, SiteResult } from '../site-adapter';
import { stravaAdapter } from '../strava/adapter';
import { HOST_TAG } from './import-button';
import { startSitePage, type SitePage, type SitePageDeps } from './site-page';

/** Moves happy-dom's window to `url` without loading anything (https://github.com/capricorn86/happy-dom/wiki/BrowserPage). */
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const ACTIVITY_URL = 'https://www.strava.com/activities/12345678901';
const NO_DETAILS = { title: null, description: null, gear: null, rpe: null, privateNote: null };

/** Strava's adapter with its download replaced: records the requests, answers with `result`. */
function fakeStrava(result: SiteResult<FetchedActivity> | null = null) {
  const requested: string[] = [];
  const adapter: SiteAdapter = {
    ...stravaAdapter,
    async fetchActivity(ref, fetch: SiteFetch) {
      await fetch(`/activities/${ref.activityId}/export_original`);
      requested.push(ref.activityId);
      return (
        result ?? {
          ok: true,
          value: {
            ref,
            name: `strava ${ref.activityId}.fit`,
            bytes: new Uint8Array([1, 2]),
            via: 'original file',
            details: NO_DETAILS,
          },
        }
      );
    },
  };
  return { adapter, requested };
}

function page(
  body: string,
  over: Partial<SitePageDeps> & { adapter?: SiteAdapter; outcome?: SiteImportOutcome; known?: string[] } = {},
) {
  setUrl(ACTIVITY_URL);
  document.body.innerHTML = body;
  const imported: FetchedActivity[] = [];
  const pageFetches: string[] = [];
  const saved: BulkState[] = [];
  const deps: SitePageDeps = {
    window,
    pageMatch: (url) => {
      const match = adapterForUrl(url);
      return match && over.adapter ? { ...match, adapter: over.adapter } : match;
    },
    library: {
      importedIds: async () => over.known ?? imported.map((a) => a.ref.activityId),
      importActivity: async (activity) => {
        imported.push(activity);
        return over.outcome ?? { kind: 'imported' };
      },
    },
    bulk: { load: async () => null, save: async (s) => void saved.push(s) },
    fetch: async (url) => {
      pageFetches.push(String(url));
      return new Response('');
    },
    ...over,
  };
  const sitePage = startSitePage(deps);
  started.push(sitePage);
  return { sitePage, imported, pageFetches, saved };
}

/**
 * The shadow roots the page attached, kept as the browser returns them: the
 * button's root is closed, so host.shadowRoot is null and only the code that
 * attached it holds it.
 */
const roots = new Map<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
};

/** The injected button and its status line. */
function injected() {
  const host = document.querySelector(HOST_TAG);
  const root = host ? roots.get(host) : undefined;
  const button = root?.querySelector('button');
  const status = root?.querySelector('[role=status]');
  return { host, button, status: status?.textContent ?? null };
}

/** A click as the athlete's own pointer makes it: the browser marks it trusted, which no script can. */
function athleteClick(button: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button?.dispatchEvent(event);
}

/** Every page started by a test, stopped after it so no watcher outlives its test. */
const started: SitePage[] = [];

afterEach(() => {
  for (const p of started.splice(0)) p.stop();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the import button on a Strava activity page', () => {
  it("sits right after the activity's title, in a shadow root", () => {
    const { sitePage } = page(
      '<div id="heading"><h2>Ride</h2><h1 class="activity-name">Lunch loop</h1><p>stats</p></div>',
    );
    sitePage.refresh();
    const { host, button } = injected();
    expect(host?.previousElementSibling?.textContent).toBe('Lunch loop');
    expect(host?.nextElementSibling?.textContent).toBe('stats');
    expect(button?.textContent).toBe('Import to SessionsAI');
  });

  it('falls back to the page heading when the title markup changed', () => {
    const { sitePage } = page('<nav><h1>Strava</h1></nav><main><section><h1>Lunch loop</h1></section></main>');
    sitePage.refresh();
    expect(injected().host?.previousElementSibling?.textContent).toBe('Lunch loop');
  });

  it('is left out, with the page untouched, when no title is found', () => {
    vi.useFakeTimers();
    const body = '<div class="feed"><p>No heading at all</p></div>';
    const { sitePage } = page(body);
    sitePage.refresh();
    vi.advanceTimersByTime(20_000);
    expect(document.body.innerHTML).toBe(body);
  });

  it('appears once a page that renders late shows its title', async () => {
    const { sitePage } = page('<div id="app"></div>');
    sitePage.refresh();
    expect(injected().host).toBeNull();
    document.getElementById('app')!.innerHTML = '<h1 class="activity-name">Lunch loop</h1>';
    await vi.waitFor(() => expect(injected().host?.previousElementSibling?.textContent).toBe('Lunch loop'));
  });

  it('comes back when a single-page app renders its heading again', async () => {
    const { sitePage } = page('<div id="heading"><h1 class="activity-name">Lunch loop</h1></div>');
    sitePage.refresh();
    document.getElementById('heading')!.innerHTML = '<h1 class="activity-name">Lunch loop (renamed)</h1>';
    await vi.waitFor(() => expect(injected().host?.previousElementSibling?.textContent).toBe('Lunch loop (renamed)'));
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('imports with a click, asking the page origin only, then reports a duplicate on the second click without downloading again', async () => {
    const { adapter, requested } = fakeStrava();
    const { sitePage, imported, pageFetches } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    sitePage.refresh();

    athleteClick(injected().button);
    await vi.waitFor(() => expect(injected().button?.textContent).toBe('Imported'));
    expect(imported.map((a) => a.name)).toEqual(['strava 12345678901.fit']);
    expect(pageFetches).toEqual(['https://www.strava.com/activities/12345678901/export_original']);

    athleteClick(injected().button);
    await vi.waitFor(() => expect(injected().button?.textContent).toBe('Already in SessionsAI'));
    expect(requested).toEqual(['12345678901']);
    expect(imported).toHaveLength(1);
  });

  it('shows a failure in words and offers to try again', async () => {
    const { adapter } = fakeStrava({ ok: false, failure: { kind: 'not-yours' } });
    const { sitePage, imported } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    sitePage.refresh();

    athleteClick(injected().button);
    await vi.waitFor(() => expect(injected().button?.textContent).toBe('Try again'));
    expect(injected().status).toBe(
      'This is not your activity: SessionsAI imports only your own activities from Strava.',
    );
    expect(imported).toEqual([]);
  });

  it('says when the activity merged with a recording already there', async () => {
    const { adapter } = fakeStrava();
    const { sitePage } = page('<h1 class="activity-name">Lunch loop</h1>', {
      adapter,
      outcome: { kind: 'merged', message: 'merged' },
    });
    sitePage.refresh();
    athleteClick(injected().button);
    await vi.waitFor(() =>
      expect(injected().status).toBe('Imported: merged with the same workout already there, keeping both sources'),
    );
  });

  it("answers the panel's Import this activity with the same outcome, and refuses on a page without an activity", async () => {
    const { adapter } = fakeStrava();
    const { sitePage } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    expect(await sitePage.handle({ type: 'sessionsai:import-this' })).toEqual({
      kind: 'imported',
      message: 'Imported',
    });
    setUrl('https://www.strava.com/dashboard');
    expect(await sitePage.handle({ type: 'sessionsai:import-this' })).toEqual({
      kind: 'failed',
      message: 'This page shows no single activity: open the activity you want to import.',
    });
  });

  it('removes its button when the page moves on to one without an activity', () => {
    const { sitePage } = page('<h1 class="activity-name">Lunch loop</h1>');
    sitePage.refresh();
    expect(injected().host).not.toBeNull();
    setUrl('https://www.strava.com/dashboard');
    sitePage.refresh();
    expect(injected().host).toBeNull();
  });
});

describe('a hostile page cannot use the button', () => {
  it('cannot reach the button through the host element: its shadow root is closed', () => {
    const { sitePage } = page('<h1 class="activity-name">Lunch loop</h1>');
    sitePage.refresh();
    expect(injected().host?.shadowRoot).toBeNull();
    expect(injected().button?.textContent).toBe('Import to SessionsAI');
  });

  it("ignores page script's clicks: button.click(), a dispatched click, a click on the host", async () => {
    const { adapter, requested } = fakeStrava();
    const { sitePage, imported, pageFetches } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    sitePage.refresh();
    injected().button?.click();
    injected().button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    (injected().host as HTMLElement).click();
    // Anything the clicks started would have asked the library first; give it every chance to.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([requested, imported, pageFetches]).toEqual([[], [], []]);
    expect(injected().button?.textContent).toBe('Import to SessionsAI');
  });

  it('ignores messages page script posts to the window', async () => {
    const { adapter, requested } = fakeStrava();
    const { sitePage } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    sitePage.refresh();
    const received = new Promise((resolve) => window.addEventListener('message', resolve, { once: true }));
    window.postMessage({ type: 'sessionsai:import-this' }, '*');
    window.postMessage({ type: 'sessionsai:bulk-start', resume: false }, '*');
    await received;
    expect(requested).toEqual([]);
  });

  it('refuses to import another activity when page script changes the address under the button', async () => {
    const { adapter, requested } = fakeStrava();
    const { sitePage, imported } = page('<h1 class="activity-name">Lunch loop</h1>', { adapter });
    sitePage.refresh();
    setUrl('https://www.strava.com/activities/999');
    athleteClick(injected().button);
    await vi.waitFor(() =>
      expect(injected().status).toBe('This page changed to another activity: reload it, then import again.'),
    );
    expect([requested, imported]).toEqual([[], []]);
  });
});
