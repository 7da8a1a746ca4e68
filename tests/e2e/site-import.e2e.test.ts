// Import from Strava in the built extension, in Debian's Chromium, with no
// network: Playwright's request routing answers at the real www.strava.com
// URLs with pages and endpoint responses made here (the adapter's saved
// fixtures, generated FIT files with known values) and blocks every other
// host. The button appears on an activity page, a click imports, the panel
// shows the session with the importer's numbers, a second click is a
// duplicate, and the athlete's list of 20 activities is imported in bulk,
// cancelled and resumed. Screenshots land in artifacts/e2e/.
//
// Site access: Chrome asks the athlete before granting an optional host
// permission, and that prompt is browser UI Playwright cannot answer (no
// switch auto-accepts it). So the test grants Strava the way an install
// would: it moves the built manifest's optional_host_permissions to
// host_permissions before the browser starts, and puts the manifest back
// afterwards. Everything after the grant (the background registering the
// content script for the granted site, the page, the panel) is the real build.
import { formatDuration } from '../../shared/model';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTitle } from '../../extension/ui/common/session-title';
import { sportLabel } from '../../extension/ui/common/sport-label';
import { makeFormat, type Format } from '../../extension/ui/units/format';
import { importFiles } from '../../importer';
import type { Session } from '../../shared/model';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { browserAvailable, EXTENSION_DIR, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';

const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
const STRAVA = 'https://www.strava.com';
const FIXTURES = join(REPO_ROOT, 'extension/sites/strava/fixtures');

/** The adapter's saved /api/v3/activities/{id} answer: "Col de la Croix de Fer", started 2024-06-01 06:00 UTC. */
const METADATA = JSON.parse(readFileSync(join(FIXTURES, 'activity.json'), 'utf8')) as Record<string, unknown>;
const ACTIVITY_ID = String(METADATA.id);
/** Its original upload: a known ride starting when the metadata says. */
const RIDE_FIT = writeKnownTrackFit(
  makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) }),
);

/** The athlete's list: 20 rides in May 2024, newest first, each with its metadata and original file. */
const LISTED = Array.from({ length: 20 }, (_, i) => {
  const day = 20 - i;
  const start = Date.UTC(2024, 4, day, 6);
  return {
    id: String(3_000 + day),
    name: `May ride ${day}`,
    start,
    fit: writeKnownTrackFit(makeKnownTrack({ seconds: 600, sport: 'cycling', start })),
  };
});

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the site import end-to-end test: /usr/bin/chromium not found (CI installs it)');

/** A page at www.strava.com: enough markup for the button to find the title, styled a little like Strava. */
function stravaPage(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title} | Strava</title>
<style>body{font-family:Helvetica,Arial,sans-serif;margin:0;color:#242428} header{background:#fff;border-bottom:1px solid #dfdfe8;padding:12px 24px;color:#fc5200;font-weight:700}
#heading{padding:16px 24px} h1{font-size:28px;margin:0 0 4px}</style></head>
<body><header>STRAVA</header>${body}</body></html>`;
}

const metadataOf = (id: string) => {
  const listed = LISTED.find((a) => a.id === id);
  return listed === undefined
    ? METADATA
    : {
        ...METADATA,
        id: Number(id),
        name: listed.name,
        description: null,
        private_note: null,
        start_date: new Date(listed.start).toISOString(),
        elapsed_time: 600,
        moving_time: 600,
      };
};

/** Answers requests at www.strava.com like the site would for a logged-in athlete; every other host is refused. */
function serveStrava(requests: string[], blocked: string[]) {
  return async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.origin !== STRAVA) {
      blocked.push(url.href);
      return route.abort();
    }
    requests.push(`${url.pathname}${url.search}`);
    const json = (body: unknown) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
    const file = (bytes: Uint8Array) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(bytes) });
    let match: RegExpExecArray | null;
    if ((match = /^\/activities\/(\d+)$/.exec(url.pathname))) {
      const title = String(metadataOf(match[1]!).name);
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: stravaPage(title, `<div id="heading"><h1 class="activity-name">${title}</h1><p>Ride · 42.2 km</p></div>`),
      });
    }
    if (url.pathname === '/athlete/training')
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: stravaPage('My Activities', '<div id="heading"><h1>My Activities</h1></div>'),
      });
    if (url.pathname === '/athlete/training_activities') {
      const models = LISTED.map((a) => ({
        id: Number(a.id),
        name: a.name,
        sport_type: 'Ride',
        start_time: new Date(a.start).toISOString().replace('.000Z', '+0000'),
        trainer: false,
        commute: false,
      }));
      return json({ models, page: 1, perPage: 20, total: 20 });
    }
    if ((match = /^\/api\/v3\/activities\/(\d+)$/.exec(url.pathname))) return json(metadataOf(match[1]!));
    if ((match = /^\/activities\/(\d+)\/export_original$/.exec(url.pathname))) {
      const listed = LISTED.find((a) => a.id === match![1]);
      return file(listed?.fit ?? RIDE_FIT);
    }
    return route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' });
  };
}

describe.skipIf(!runnable)('importing from Strava in Chromium', () => {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  let builtManifest = '';
  let panel: OpenPanel;
  let context: BrowserContext;
  /** The panel, open in its own tab; the athlete's Strava tab is in another window. */
  let sidePanel: Page;
  let strava: Page;
  let format: Format;
  let expected: Session;
  const requests: string[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const button = () => strava.locator('sessionsai-import button');
  const bar = () => sidePanel.getByRole('region', { name: 'Import from Strava' });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    builtManifest = readFileSync(manifestPath, 'utf8');
    const manifest = JSON.parse(builtManifest) as { optional_host_permissions?: string[]; host_permissions?: string[] };
    expect(manifest.optional_host_permissions).toContain('https://www.strava.com/*');
    expect(manifest.host_permissions).toBeUndefined();
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: manifest.optional_host_permissions }));

    // The importer's own reading of the original file, with the title Strava gives it.
    const [session] = (await importFiles([{ name: 'ride.fit', bytes: RIDE_FIT }])).sessions;
    expected = { ...session!, title: String(METADATA.name) };

    panel = await openSidePanel(LOCALE);
    context = panel.context;
    sidePanel = panel.page;
    sidePanel.on('pageerror', (error) => pageErrors.push(`panel: ${error.message}`));
    await context.route('**/*', serveStrava(requests, blocked));
    format = makeFormat('metric', LOCALE);
    // The athlete's Strava tab, in a window of its own beside the panel.
    const opened = context.waitForEvent('page');
    await sidePanel.evaluate(
      (url) => window.open(url, '_blank', 'popup,width=1000,height=700'),
      `${STRAVA}/activities/${ACTIVITY_ID}`,
    );
    strava = await opened;
    strava.on('pageerror', (error) => pageErrors.push(`strava: ${error.message}`));
  });

  afterAll(async () => {
    await panel?.close();
    if (builtManifest) writeFileSync(manifestPath, builtManifest);
  });

  it('puts the import button after the activity title, and the panel offers Import this activity', async () => {
    await button().waitFor({ timeout: UI_TIMEOUT });
    expect(await button().textContent()).toBe('Import to SessionsAI');
    // Right after the title, in the page's own heading.
    expect(await strava.locator('#heading > h1 + sessionsai-import').count()).toBe(1);
    await bar().getByRole('button', { name: 'Import this activity' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(strava, 'site-01-strava-button');
  });

  it('imports the activity with a click, and the panel lists it with the importer’s numbers', async () => {
    await button().click();
    await expect.poll(() => button().textContent(), { timeout: UI_TIMEOUT }).toBe('Imported');
    expect(requests.filter((r) => r.startsWith('/api/') || r.includes('export'))).toEqual([
      `/api/v3/activities/${ACTIVITY_ID}`,
      `/activities/${ACTIVITY_ID}/export_original`,
    ]);

    const row = sidePanel.locator('.session-row', { hasText: sessionTitle(expected) });
    await row.waitFor({ timeout: UI_TIMEOUT });
    const numbers = [
      sportLabel(expected.sport),
      formatDuration(expected.elapsedS),
      format.distance(expected.distanceM!, expected.sport),
      format.speedFor(expected.avgSpeed!, expected.sport),
    ];
    expect(await row.locator('.session-row-numbers').textContent()).toBe(numbers.join(' · '));
    await screenshot(strava, 'site-02-strava-imported');
    await screenshot(sidePanel, 'site-03-panel-after-import');
  });

  it('reports a duplicate on the second click, from the page and from the panel, and downloads nothing more', async () => {
    const before = requests.length;
    await button().click();
    await expect.poll(() => button().textContent(), { timeout: UI_TIMEOUT }).toBe('Already in SessionsAI');
    await bar().getByRole('button', { name: 'Import this activity' }).click();
    await expect
      .poll(() => bar().getByRole('status').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Already in SessionsAI');
    expect(requests.slice(before)).toEqual([]);
    await expect
      .poll(() => sidePanel.locator('.session-count').textContent(), { timeout: UI_TIMEOUT })
      .toBe('1 session');
    await screenshot(sidePanel, 'site-04-panel-duplicate');
  });

  it('imports the athlete’s list of 20 activities in bulk, with progress, cancelled and resumed', {
    timeout: 300_000,
  }, async () => {
    await strava.goto(`${STRAVA}/athlete/training`);
    const start = bar().getByRole('button', { name: 'Import all listed activities' });
    await start.waitFor({ timeout: UI_TIMEOUT });
    await start.click();
    const progress = bar().locator('p').first();
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/^[3-9] of 20 activities$/);
    await screenshot(sidePanel, 'site-05-bulk-running');

    await bar().getByRole('button', { name: 'Cancel' }).click();
    await bar().getByText('Cancelled: resume to go on where it stopped.').waitFor({ timeout: UI_TIMEOUT });
    const doneAtCancel = Number(/^(\d+) of/.exec((await progress.textContent()) ?? '')?.[1]);
    expect(doneAtCancel).toBeGreaterThanOrEqual(3);
    expect(doneAtCancel).toBeLessThan(20);
    await screenshot(sidePanel, 'site-06-bulk-cancelled');

    await bar().getByRole('button', { name: 'Resume' }).click();
    await bar().getByText('Finished.').waitFor({ timeout: 240_000 });
    expect(await progress.textContent()).toBe('20 of 20 activities');
    expect(await bar().locator('.import-counts').textContent()).toBe('20 added · 0 already there · 0 failed');
    await expect
      .poll(() => sidePanel.locator('.session-count').textContent(), { timeout: UI_TIMEOUT })
      .toBe('21 sessions');
    // Each original was downloaded once: the resumed run skipped what the first had done.
    const downloads = requests.filter((r) => r.endsWith('/export_original') && !r.includes(ACTIVITY_ID));
    expect([...downloads].sort()).toEqual(LISTED.map((a) => `/activities/${a.id}/export_original`).sort());
    await screenshot(sidePanel, 'site-07-bulk-finished');
  });

  it('asked no host but www.strava.com, and nothing failed on the pages', () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
