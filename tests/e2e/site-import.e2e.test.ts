// Import from Strava, Garmin Connect and intervals.icu in the built extension,
// in Debian's Chromium, with no network: Playwright's request routing answers
// at the sites' real URLs with pages and endpoint responses shaped as the
// adapters' cited sources show (extension/sites/*/fixtures, generated FIT
// files with known values) and blocks every other host. On each site the
// button appears on an activity page, a click imports, the panel shows the
// session with the importer's numbers, a second click is a duplicate, and the
// athlete's list is imported in bulk, cancelled and resumed. Then a hostile
// Strava page tries to use the extension. Screenshots land in artifacts/e2e/.
//
// Site access: Chrome asks the athlete before granting an optional host
// permission, and that prompt is browser UI Playwright cannot answer (no
// switch auto-accepts it). So the test grants the sites the way an install
// would: it moves the built manifest's optional_host_permissions to
// host_permissions before the browser starts, and puts the manifest back
// afterwards. Everything after the grant (the background registering the
// content script for the granted sites, the page, the panel) is the real build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_ID } from '../../extension/sites/content/content-script-registration';
import { sessionTitle } from '../../extension/ui/common/session-title';
import { sportLabel } from '../../extension/ui/common/sport-label';
import { type Format, makeFormat } from '../../extension/ui/units/format';
import { importFiles } from '../../importer';
import { formatDuration, type Session } from '../../shared/model';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { importerNumbersOf } from './expected-numbers';
import { browserAvailable, EXTENSION_DIR, type OpenPanel, openSidePanel, REPO_ROOT } from './browser';

const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
const DAY = 86_400_000;
const fixture = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'extension/sites', path), 'utf8'));

interface Activity {
  readonly id: string;
  readonly name: string;
  /** UTC ms; recent, as intervals.icu's list looks back from today a year at a time. */
  readonly start: number;
  readonly seconds: number;
  readonly fit: Uint8Array;
}

function activity(id: string, name: string, daysAgo: number, seconds: number): Activity {
  const start = Math.floor(Date.now() / DAY) * DAY - daysAgo * DAY + 6 * 3_600_000;
  return { id, name, start, seconds, fit: writeKnownTrackFit(makeKnownTrack({ seconds, sport: 'cycling', start })) };
}

/** What a site answers: JSON, a file, a page, or nothing (404). */
type Answer =
  | { readonly json: unknown; readonly status?: number }
  | { readonly file: Uint8Array; readonly type: string }
  | { readonly html: string }
  | null;

interface Scenario {
  readonly label: string;
  readonly origin: string;
  readonly first: Activity;
  readonly listed: readonly Activity[];
  readonly activityPath: (id: string) => string;
  readonly listPath: string;
  /** The endpoint requests one import of `id` makes, in order. */
  readonly importRequests: (id: string) => string[];
  readonly downloadPath: (id: string) => string;
  readonly answer: (url: URL, request: { headers: Record<string, string> }) => Answer;
}

const page = (site: string, title: string, head: string, body: string) => `<!doctype html><html><head>
<title>${title} | ${site}</title>${head}
<style>body{font-family:Helvetica,Arial,sans-serif;margin:0;color:#242428} header{padding:12px 24px;font-weight:700;border-bottom:1px solid #ddd}
main{padding:16px 24px} h1{font-size:28px;margin:0 0 4px}</style></head>
<body><header>${site}</header><main>${body}</main></body></html>`;

function byId(scenario: { first: Activity; listed: readonly Activity[] }, id: string | undefined) {
  return [scenario.first, ...scenario.listed].find((a) => a.id === id);
}

const FIRST_NAME = 'Col de la Croix de Fer';
const listOf = (base: number, label: string) =>
  Array.from({ length: 6 }, (_, i) => activity(String(base + i), `${label} ride ${i + 1}`, 2 + i, 600));

/** Strava: the athlete's own activity from /athlete/training_activities/{id} (strava/fetch-activity.ts). */
function strava(): Scenario {
  const first = activity('12345678901', FIRST_NAME, 30, 3600);
  const listed = listOf(3000, 'Strava');
  const scenario = { first, listed };
  const model = (a: Activity) => ({
    ...fixture('strava/fixtures/activity.json'),
    id: Number(a.id),
    name: a.name,
    start_time: new Date(a.start).toISOString().replace('.000Z', '+0000'),
    start_date_local_raw: a.start / 1000 + 7200,
    elapsed_time_raw: a.seconds,
    moving_time_raw: a.seconds,
  });
  return {
    label: 'Strava',
    origin: 'https://www.strava.com',
    first,
    listed,
    activityPath: (id) => `/activities/${id}`,
    listPath: '/athlete/training',
    importRequests: (id) => [`/athlete/training_activities/${id}`, `/activities/${id}/export_original`],
    downloadPath: (id) => `/activities/${id}/export_original`,
    answer(url) {
      let m: RegExpExecArray | null;
      if ((m = /^\/activities\/(\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a
          ? { html: page('Strava', a.name, '', `<div id="heading"><h1 class="activity-name">${a.name}</h1></div>`) }
          : null;
      }
      if (url.pathname === '/athlete/training')
        return { html: page('Strava', 'My Activities', '', '<div id="heading"><h1>My Activities</h1></div>') };
      if (url.pathname === '/athlete/training_activities')
        return { json: { models: listed.map(model), page: 1, perPage: 20, total: listed.length } };
      if ((m = /^\/athlete\/training_activities\/(\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { json: model(a) } : null;
      }
      if ((m = /^\/activities\/(\d+)\/export_original$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { file: a.fit, type: 'application/octet-stream' } : null;
      }
      return null;
    },
  };
}

/** Garmin Connect: /gc-api/ with the page's CSRF token; the owner from socialProfile (garmin-connect/fetch-activity.ts). */
function garminConnect(): Scenario {
  const first = activity('17234567890', FIRST_NAME, 30, 3600);
  const listed = listOf(4000, 'Garmin');
  const scenario = { first, listed };
  const TOKEN = 'csrf-e2e';
  const head = `<meta name="csrf-token" content="${TOKEN}">`;
  const gmt = (ms: number) =>
    new Date(ms)
      .toISOString()
      .replace('Z', '')
      .replace(/\.\d+$/, '.0');
  const detail = (a: Activity) => {
    const base = fixture('garmin-connect/fixtures/activity.json');
    return {
      ...base,
      activityId: Number(a.id),
      activityName: a.name,
      summaryDTO: {
        ...base.summaryDTO,
        startTimeGMT: gmt(a.start),
        startTimeLocal: gmt(a.start + 7_200_000),
        duration: a.seconds,
        elapsedDuration: a.seconds,
      },
    };
  };
  return {
    label: 'Garmin Connect',
    origin: 'https://connect.garmin.com',
    first,
    listed,
    activityPath: (id) => `/app/activity/${id}`,
    listPath: '/app/activities',
    importRequests: (id) => [
      `/gc-api/activity-service/activity/${id}`,
      '/gc-api/userprofile-service/socialProfile',
      `/gc-api/download-service/files/activity/${id}`,
    ],
    downloadPath: (id) => `/gc-api/download-service/files/activity/${id}`,
    answer(url, request) {
      let m: RegExpExecArray | null;
      if ((m = /^\/app\/activity\/(\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a
          ? { html: page('Garmin Connect', a.name, head, `<h1 class="ActivityName_title__x1">${a.name}</h1>`) }
          : null;
      }
      if (url.pathname === '/app/activities')
        return { html: page('Garmin Connect', 'Activities', head, '<h1>Activities</h1>') };
      if (!url.pathname.startsWith('/gc-api/')) return null;
      // The current app's auth: without the page's token the API refuses.
      if (request.headers['connect-csrf-token'] !== TOKEN) return { json: { message: 'Forbidden' }, status: 403 };
      if (url.pathname === '/gc-api/userprofile-service/socialProfile')
        return { json: fixture('garmin-connect/fixtures/social-profile.json') };
      if (url.pathname === '/gc-api/activitylist-service/activities/search/activities')
        return {
          json: listed.map((a) => ({
            activityId: Number(a.id),
            activityName: a.name,
            startTimeGMT: gmt(a.start).replace('T', ' ').replace('.0', ''),
          })),
        };
      if ((m = /^\/gc-api\/activity-service\/activity\/(\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { json: detail(a) } : null;
      }
      if ((m = /^\/gc-api\/download-service\/files\/activity\/(\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { file: zipSync({ [`${a.id}_ACTIVITY.fit`]: a.fit }), type: 'application/x-zip-compressed' } : null;
      }
      return null;
    },
  };
}

/** intervals.icu: /api/ with the session; the athlete from the page's links (intervals-icu/fetch-activity.ts). */
function intervalsIcu(): Scenario {
  const first = activity('i34567890', FIRST_NAME, 30, 3600);
  const listed = Array.from({ length: 6 }, (_, i) =>
    activity(`i${5000 + i}`, `intervals.icu ride ${i + 1}`, 2 + i, 600),
  );
  const scenario = { first, listed };
  const ATHLETE = 'i123456';
  const nav = `<nav><a href="/athlete/${ATHLETE}/fitness">Fitness</a> <a href="/activities">Activities</a></nav>`;
  const json = (a: Activity) => ({
    ...fixture('intervals-icu/fixtures/activity.json'),
    id: a.id,
    icu_athlete_id: ATHLETE,
    name: a.name,
    start_date: new Date(a.start).toISOString().replace('.000Z', 'Z'),
    start_date_local: new Date(a.start + 7_200_000).toISOString().slice(0, 19),
    elapsed_time: a.seconds,
    moving_time: a.seconds,
  });
  return {
    label: 'intervals.icu',
    origin: 'https://intervals.icu',
    first,
    listed,
    activityPath: (id) => `/activities/${id}`,
    listPath: '/activities',
    importRequests: (id) => [`/api/activity/${id}`, `/api/athlete/${ATHLETE}/gear`, `/api/activity/${id}/file`],
    downloadPath: (id) => `/api/activity/${id}/file`,
    answer(url) {
      let m: RegExpExecArray | null;
      if ((m = /^\/activities\/(i\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { html: page('intervals.icu', a.name, '', `${nav}<h1 class="activity-name">${a.name}</h1>`) } : null;
      }
      if (url.pathname === '/activities')
        return { html: page('intervals.icu', 'Activities', '', `${nav}<h1>Activities</h1>`) };
      if (url.pathname === `/api/athlete/${ATHLETE}/gear`) return { json: fixture('intervals-icu/fixtures/gear.json') };
      if (url.pathname === `/api/athlete/${ATHLETE}/activities`) {
        const oldest = Date.parse(`${url.searchParams.get('oldest')}T00:00:00Z`);
        const newest = Date.parse(`${url.searchParams.get('newest')}T23:59:59Z`);
        return { json: listed.filter((a) => a.start >= oldest && a.start <= newest).map(json) };
      }
      if ((m = /^\/api\/activity\/(i\d+)$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { json: json(a) } : null;
      }
      if ((m = /^\/api\/activity\/(i\d+)\/file$/.exec(url.pathname))) {
        const a = byId(scenario, m[1]);
        return a ? { file: gzipSync(a.fit), type: 'application/gzip' } : null;
      }
      return null;
    },
  };
}

/** Answers requests at the scenarios' origins like the sites would for a logged-in athlete; every other host is refused. */
function serve(scenarios: readonly Scenario[], requests: string[], blocked: string[]) {
  return async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const scenario = scenarios.find((s) => s.origin === url.origin);
    if (scenario === undefined) {
      blocked.push(url.href);
      return route.abort();
    }
    requests.push(`${url.pathname}${url.search}`);
    const answer = scenario.answer(url, { headers: await route.request().allHeaders() });
    if (answer === null) return route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' });
    if ('html' in answer)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: answer.html });
    if ('file' in answer)
      return route.fulfill({ status: 200, contentType: answer.type, body: Buffer.from(answer.file) });
    return route.fulfill({
      status: answer.status ?? 200,
      contentType: 'application/json',
      body: JSON.stringify(answer.json),
    });
  };
}

/**
 * The button's label and status words. Its shadow root is closed, so neither
 * page script nor Playwright's selectors reach inside; the DevTools protocol
 * shows the whole tree, closed roots included (DOM.getDocument with pierce).
 */
async function buttonWords(page: Page): Promise<{ label: string; status: string } | null> {
  type Node = { nodeName: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[] };
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (node: Node): Node | null => {
      if (node.nodeName === 'SESSIONSAI-IMPORT') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const text = (node: Node | undefined): string =>
      node === undefined ? '' : (node.nodeValue ?? '') + (node.children ?? []).map(text).join('');
    const shadow = find(root)?.shadowRoots?.[0];
    if (shadow === undefined) return null;
    const kids = shadow.children ?? [];
    return {
      label: text(kids.find((n) => n.nodeName === 'BUTTON')),
      status: text(kids.find((n) => n.nodeName === 'SPAN')),
    };
  } finally {
    await cdp.detach();
  }
}

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the site import end-to-end test: /usr/bin/chromium not found (CI installs it)');

/** Chromium with the build loaded and every site granted, the panel in a tab and the site in a window beside it. */
type ChromeScripting = { getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]> };

function openWithSites(scenarios: readonly Scenario[], firstUrl: string) {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  const state = {
    builtManifest: '',
    panel: undefined as OpenPanel | undefined,
    context: undefined as unknown as BrowserContext,
    sidePanel: undefined as unknown as Page,
    site: undefined as unknown as Page,
    requests: [] as string[],
    blocked: [] as string[],
    pageErrors: [] as string[],
  };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    state.builtManifest = readFileSync(manifestPath, 'utf8');
    const manifest = JSON.parse(state.builtManifest) as {
      optional_host_permissions?: string[];
      host_permissions?: string[];
    };
    expect(manifest.host_permissions).toBeUndefined();
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: manifest.optional_host_permissions }));
    state.panel = await openSidePanel(LOCALE);
    state.context = state.panel.context;
    state.sidePanel = state.panel.page;
    state.sidePanel.on('pageerror', (error) => state.pageErrors.push(`panel: ${error.message}`));
    await state.context.route('**/*', serve(scenarios, state.requests, state.blocked));
    // As after an install: the background registers the button's script for the granted sites as it starts,
    // and a page opened before that has none (the panel starts it there only on an Allow or an import).
    const [worker] = state.context.serviceWorkers();
    await vi.waitFor(
      async () => {
        const registered = await worker?.evaluate(async (id) => {
          const { chrome } = globalThis as unknown as { chrome: { scripting: ChromeScripting } };
          return (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length;
        }, CONTENT_SCRIPT_ID);
        if (registered !== 1) throw new Error('the import button script is not registered yet');
      },
      { timeout: UI_TIMEOUT, interval: 100 },
    );
    const opened = state.context.waitForEvent('page');
    await state.sidePanel.evaluate((url) => window.open(url, '_blank', 'popup,width=1000,height=700'), firstUrl);
    state.site = await opened;
    state.site.on('pageerror', (error) => state.pageErrors.push(`site: ${error.message}`));
  });
  afterAll(async () => {
    await state.panel?.close();
    if (state.builtManifest) writeFileSync(manifestPath, state.builtManifest);
  });
  return state;
}

describe.skipIf(!runnable).each([strava(), garminConnect(), intervalsIcu()])(
  'importing from $label in Chromium',
  (scenario) => {
    const shot = scenario.label.toLowerCase().replace(/\W+/g, '-');
    const b = openWithSites([scenario], `${scenario.origin}${scenario.activityPath(scenario.first.id)}`);
    let format: Format;
    let expected: Session;
    const screenshot = (p: Page, name: string) =>
      p.screenshot({ path: join(ARTIFACTS, `site-${shot}-${name}.png`), fullPage: true });
    // A click on the host lands on the button inside it, as the athlete's pointer would.
    const button = () => b.site.locator('sessionsai-import');
    const label = async () => (await buttonWords(b.site))?.label ?? null;
    const bar = () => b.sidePanel.getByRole('region', { name: `Import from ${scenario.label}` });

    beforeAll(async () => {
      // The importer's own reading of the original file, with the title the site gives it.
      const [session] = (await importFiles([{ name: 'ride.fit', bytes: scenario.first.fit }])).sessions;
      expected = { ...session!, title: FIRST_NAME };
      format = makeFormat('metric', LOCALE);
    });

    it('puts the import button after the activity title, and the panel offers Import this activity', async () => {
      await button().waitFor({ timeout: UI_TIMEOUT });
      await expect.poll(label, { timeout: UI_TIMEOUT }).toBe('Import to SessionsAI');
      expect(await b.site.locator('h1 + sessionsai-import').count()).toBe(1);
      await bar().getByRole('button', { name: 'Import this activity' }).waitFor({ timeout: UI_TIMEOUT });
      await screenshot(b.site, '01-button');
    });

    it('imports the activity with a click, and the panel lists it with the importer’s numbers', async () => {
      await button().click();
      await expect.poll(label, { timeout: UI_TIMEOUT }).toBe('Imported');
      const pages = [scenario.activityPath(scenario.first.id), '/favicon.ico'];
      expect(b.requests.filter((r) => !pages.includes(r))).toEqual(scenario.importRequests(scenario.first.id));
      const row = b.sidePanel.locator('.session-row', { hasText: sessionTitle(expected) });
      await row.waitFor({ timeout: UI_TIMEOUT });
      const numbers = [
        sportLabel(expected.sport),
        formatDuration(expected.elapsedS),
        format.distance(expected.distanceM!, expected.sport),
        format.speedFor(expected.avgSpeed!, expected.sport),
        ...(expected.avgPowerW !== null ? [format.power(expected.avgPowerW)] : []),
        ...(expected.avgPowerW === null && expected.avgHr !== null ? [format.heartRate(expected.avgHr)] : []),
      ];
      expect(importerNumbersOf(await row.locator('.session-row-numbers').textContent())).toBe(numbers.join(' · '));
      await screenshot(b.site, '02-imported');
      await screenshot(b.sidePanel, '03-panel-after-import');
    });

    it('reports a duplicate on the second click, from the page and from the panel, and downloads nothing more', async () => {
      const before = b.requests.length;
      await button().click();
      await expect.poll(label, { timeout: UI_TIMEOUT }).toBe('Already in SessionsAI');
      await bar().getByRole('button', { name: 'Import this activity' }).click();
      await expect
        .poll(() => bar().getByRole('status').textContent(), { timeout: UI_TIMEOUT })
        .toBe('Already in SessionsAI');
      expect(b.requests.slice(before)).toEqual([]);
      await expect
        .poll(() => b.sidePanel.locator('.session-count').textContent(), { timeout: UI_TIMEOUT })
        .toBe('1 session');
    });

    it('imports the athlete’s list in bulk, with progress, cancelled and resumed', { timeout: 300_000 }, async () => {
      const total = scenario.listed.length;
      await b.site.goto(`${scenario.origin}${scenario.listPath}`);
      const start = bar().getByRole('button', { name: 'Import all listed activities' });
      await start.waitFor({ timeout: UI_TIMEOUT });
      await start.click();
      const progress = bar().locator('p').first();
      await expect
        .poll(() => progress.textContent(), { timeout: 90_000 })
        .toMatch(new RegExp(`^[2-4] of ${total} activities( listed so far)?$`));
      await screenshot(b.sidePanel, '05-bulk-running');

      await bar().getByRole('button', { name: 'Cancel' }).click();
      await bar().getByText('Cancelled: resume to go on where it stopped.').waitFor({ timeout: UI_TIMEOUT });
      const doneAtCancel = Number(/^(\d+) of/.exec((await progress.textContent()) ?? '')?.[1]);
      expect(doneAtCancel).toBeGreaterThanOrEqual(2);
      expect(doneAtCancel).toBeLessThan(total);

      await bar().getByRole('button', { name: 'Resume' }).click();
      await bar().getByText('Finished.').waitFor({ timeout: 240_000 });
      expect(await progress.textContent()).toBe(`${total} of ${total} activities`);
      expect(await bar().locator('.import-counts').textContent()).toBe(`${total} added · 0 already there · 0 failed`);
      await expect
        .poll(() => b.sidePanel.locator('.session-count').textContent(), { timeout: UI_TIMEOUT })
        .toBe(`${total + 1} sessions`);
      // Each original was downloaded once: the resumed run skipped what the first had done.
      const downloads = b.requests.filter((r) => scenario.listed.some((a) => r === scenario.downloadPath(a.id)));
      expect([...downloads].sort()).toEqual(scenario.listed.map((a) => scenario.downloadPath(a.id)).sort());
      await screenshot(b.sidePanel, '07-bulk-finished');
    });

    it(`asked no host but ${scenario.origin}, and nothing failed on the pages`, () => {
      expect(b.blocked).toEqual([]);
      expect(b.pageErrors).toEqual([]);
    });
  },
);

describe.skipIf(!runnable)('a hostile Strava page', () => {
  const scenario = strava();
  const STRANGER = '99999999999';
  // The stranger's activity page exists; its training_activities entry and original do not (strava.answer).
  const hostile: Scenario = {
    ...scenario,
    answer: (url, request) =>
      url.pathname === `/activities/${STRANGER}`
        ? {
            html: page(
              'Strava',
              'Stranger ride',
              '',
              '<div id="heading"><h1 class="activity-name">Stranger ride</h1></div>',
            ),
          }
        : scenario.answer(url, request),
  };
  const b = openWithSites([hostile], `${scenario.origin}/activities/${scenario.first.id}`);
  const host = () => b.site.locator('sessionsai-import');
  const downloads = () => b.requests.filter((r) => r.startsWith('/athlete/') || r.includes('/export_original'));

  it('cannot read the button or what it says: the shadow root is closed to page script', async () => {
    await host().waitFor({ timeout: UI_TIMEOUT });
    expect(await b.site.evaluate(() => document.querySelector('sessionsai-import')?.shadowRoot ?? 'closed')).toBe(
      'closed',
    );
  });

  it('cannot click it, post messages to the extension, or message the background', async () => {
    const reached = await b.site.evaluate(async () => {
      const el = document.querySelector('sessionsai-import') as HTMLElement;
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      window.postMessage({ type: 'sessionsai:import-this' }, '*');
      window.postMessage({ type: 'sessionsai:bulk-start', resume: false }, '*');
      // Without externally_connectable, a web page has no way to the extension's runtime.
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(reached).toBe('undefined');
    // Give anything those started time to ask the site: the athlete's own click below asks within this time.
    await b.site.waitForTimeout(1000);
    expect(downloads()).toEqual([]);
    expect((await buttonWords(b.site))?.label).toBe('Import to SessionsAI');
  });

  it("when it moves the address to a stranger's activity, the athlete's click is refused and fetches nothing", async () => {
    await b.site.evaluate((id) => {
      document.querySelector('sessionsai-import')?.setAttribute('data-before', '');
      history.pushState({}, '', `/activities/${id}`);
    }, STRANGER);
    const fresh = b.site.locator('sessionsai-import:not([data-before])');
    await fresh.waitFor({ timeout: UI_TIMEOUT });
    await fresh.click();
    await expect
      .poll(async () => (await buttonWords(b.site))?.status, { timeout: UI_TIMEOUT })
      .toBe('This page changed to another activity: reload it, then import again.');
    expect(downloads()).toEqual([]);
  });

  it("on a stranger's activity page, says it is not the athlete's and fetches none of it", async () => {
    await b.site.goto(`${scenario.origin}/activities/${STRANGER}`);
    await host().waitFor({ timeout: UI_TIMEOUT });
    await host().click();
    await expect
      .poll(async () => (await buttonWords(b.site))?.status, { timeout: UI_TIMEOUT })
      .toBe('This is not your activity: SessionsAI imports only your own activities from Strava.');
    // Only the two owner-only requests that tell whose it is; no streams.
    expect(downloads()).toEqual([
      `/athlete/training_activities/${STRANGER}`,
      `/activities/${STRANGER}/export_original`,
    ]);
    expect(b.requests.some((r) => r.includes('/streams'))).toBe(false);
    await b.site.screenshot({ path: join(ARTIFACTS, 'site-hostile-not-yours.png'), fullPage: true });
  });

  it('asked no other host, and nothing failed on the pages', () => {
    expect(b.blocked).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});

describe.skipIf(!runnable)('the background of a build without accounts', () => {
  // It is parsed on every wake of the service worker (a site's import message, the first page after a start):
  // with the sync client in it, the button's script was registered about a second after the start.
  it('carries neither Clerk nor Convex', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(background).not.toMatch(/clerk|convex/i);
    expect(background.length).toBeLessThan(500_000);
  });
});
