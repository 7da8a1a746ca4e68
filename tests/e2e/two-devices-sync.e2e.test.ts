// The sync engine in the real browser (issue 11): the extension built with
// accounts, in two Chromium profiles that are two devices of one athlete. Each
// signs in through the panel's own Clerk sign-in against the fake Clerk
// Frontend API, and syncs through a Convex deployment on 127.0.0.1 that is
// convex-test behind Convex's wire protocol (tests/support/convex-wire), so the
// product's ConvexClient and transport run unchanged. A FIT imported on the
// laptop shows on the phone with the same numbers and its chart; a title
// edited on the phone shows on the laptop while its panel is open, and again
// with it closed, brought by the background's sync alarm (the background's own
// Clerk client signed in from the token the panel's Clerk kept).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_ALARM } from '../../extension/sync/background-schedule';
import { sessionTitle } from '../../extension/ui/common/session-title';
import { makeFormat, type Format } from '../../extension/ui/units/format';
import { importFiles } from '../../importer';
import type { Session } from '../../shared/model';
import { type ConvexWireServer, startConvexWireServer } from '../support/convex-wire/server';
import { type FakeClerkFrontendServer, startFakeClerkFrontend } from '../support/fake-clerk-frontend';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { browserAvailable, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';
import { type BuildWithAccounts, buildWithAccounts } from './build-with-accounts';
import { expectedKeyNumbers, expectedRowNumbers, importerKeyNumbersOf, importerNumbersOf } from './expected-numbers';
import { shownKeyNumbers } from './shown-numbers';

const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
// Generous: a cold profile loads Clerk, opens IndexedDB and starts the import worker.
const UI_TIMEOUT = 30_000;
/**
 * The generated run side-panel.e2e.test.ts imports: every value known (tests/support/known-track.ts). Not
 * the Garmin FR955 run from ../shared/fixtures: its beat-to-beat intervals make its summary row 369 KB of
 * field JSON, over sync's 256 KiB a row (MAX_ROW_BYTES), so it stays on the device.
 */
const RUN = writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'running', start: Date.UTC(2024, 5, 3, 7) }));
const ATHLETE = { id: 'user_e2e_ada', email: 'ada@example.com', password: 'correct horse battery staple' };
const NEW_TITLE = 'Threshold run with the club';
const BACKGROUND_TITLE = 'Threshold run, club night';

/** The part of chrome.alarms the test calls in the laptop's background. */
interface ChromeAlarms {
  create(name: string, info: { when: number; periodInMinutes: number }): Promise<void>;
}

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the two-device sync end-to-end test: /usr/bin/chromium not found');

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const account = (page: Page) => page.getByRole('region', { name: 'SessionsAI account' });
const rows = (page: Page) => page.getByRole('list', { name: 'Sessions, newest first' }).locator('.session-row');

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Settings → SessionsAI account → Sign in: the age question, then Clerk's own form with email and password. */
async function signIn(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await account(page).getByRole('button', { name: 'Sign in' }).click();
  await account(page).getByLabel('Year you were born').fill('1990');
  await account(page).getByRole('button', { name: 'Continue' }).click();
  await account(page).locator('input[name=identifier]').fill(ATHLETE.email);
  await account(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await account(page).locator('input[name=password]').fill(ATHLETE.password);
  // Signed in, Clerk sends the panel back to itself (signInForceRedirectUrl): the page loads again.
  const reloaded = page.waitForEvent('load', { timeout: UI_TIMEOUT });
  await account(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await reloaded;
  await nav(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await account(page).getByText(`Signed in as ${ATHLETE.email}.`).waitFor({ timeout: UI_TIMEOUT });
}

/** Waits until Settings → Account says everything made here has reached the account. */
async function synced(page: Page): Promise<void> {
  await nav(page).getByRole('button', { name: 'Settings', exact: true }).click();
  await expect
    .poll(() => account(page).locator('.sync-line p').first().textContent(), { timeout: UI_TIMEOUT })
    .toMatch(/^Last synced .+\. Nothing waiting\.$/);
}

describe.skipIf(!runnable)('two devices of one athlete, syncing in Chromium', () => {
  let clerk: FakeClerkFrontendServer;
  let convex: ConvexWireServer;
  let build: BuildWithAccounts;
  let laptop: OpenPanel;
  let phone: OpenPanel;
  let format: Format;
  let run: Session;
  let filesDir = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filesDir = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-sync-'));
    writeFileSync(join(filesDir, 'run.fit'), RUN);
    // The importer's own reading of the same bytes, to hold both panels to.
    const imported = (await importFiles([{ name: 'run.fit', bytes: RUN }])).sessions;
    expect(imported).toHaveLength(1);
    run = imported[0]!;

    clerk = await startFakeClerkFrontend({ users: [ATHLETE] });
    // Trusted as convex/auth.config.ts trusts Clerk: its issuer, the `convex` template's audience, its key.
    convex = await startConvexWireServer({
      issuer: clerk.url,
      applicationID: 'convex',
      publicKey: clerk.jwks.keys[0]!,
    });
    build = buildWithAccounts({ WXT_CONVEX_URL: convex.url, WXT_CLERK_PUBLISHABLE_KEY: clerk.publishableKey });
    // Each profile trusts the fake Clerk's own certificate, and no other.
    const options = {
      extensionDir: build.dir,
      args: [`--ignore-certificate-errors-spki-list=${clerk.certificate.spkiFingerprint}`],
    };
    laptop = await openSidePanel(LOCALE, options);
    phone = await openSidePanel(LOCALE, options);
    for (const { page } of [laptop, phone]) page.on('pageerror', (error) => pageErrors.push(error.message));
    format = makeFormat('metric', await laptop.page.evaluate(() => navigator.language));
  }, 300_000);

  // A failing step leaves both profiles' panels as they stood, to look at.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !laptop || !phone) return;
    await screenshot(laptop.page, 'sync-failed-laptop');
    await screenshot(phone.page, 'sync-failed-phone');
  });

  afterAll(async () => {
    await laptop?.close();
    await phone?.close();
    build?.remove();
    await convex?.close();
    await clerk?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('the laptop signs in, imports the run, and it reaches the account with its samples and original file', async () => {
    const { page } = laptop;
    await signIn(page);
    await nav(page).getByRole('button', { name: 'Sessions', exact: true }).click();
    await page.getByTestId('file-input').setInputFiles(join(filesDir, 'run.fit'));
    await expect.poll(() => page.locator('.session-count').textContent(), { timeout: UI_TIMEOUT }).toBe('1 session');
    await synced(page);
    // The age given before signing in outlived the load that ended it: synced, and never asked again.
    expect(await account(page).getByRole('form', { name: 'Your age' }).count()).toBe(0);
    // The account section, scrolled into view inside the settings.
    await account(page).screenshot({ path: join(ARTIFACTS, 'sync-01-laptop-account.png') });

    const held = await convex.t.run(async (ctx) => ({
      rows: (await ctx.db.query('syncRows').collect()).map((r) => `${r.table}:${r.rowId}`),
      files: (await ctx.db.query('syncFiles').collect()).length,
    }));
    expect(held.rows).toEqual(
      expect.arrayContaining([`sessions:${run.id}`, `streams:${run.id}`, `sources:${run.sources[0]!.contentHash}`]),
    );
    // The samples and the original FIT, each stored once.
    expect(held.files).toBe(2);
  });

  it('the phone signs in as the same athlete and lists the run with the numbers the laptop imported', async () => {
    const { page } = phone;
    await signIn(page);
    await nav(page).getByRole('button', { name: 'Sessions', exact: true }).click();
    await expect.poll(() => rows(page).count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await rows(page).locator('.session-row-date').textContent()).toBe(format.date(run.start, run.utcOffsetS));
    expect(importerNumbersOf(await rows(page).locator('.session-row-numbers').textContent())).toBe(
      expectedRowNumbers(run, format),
    );
    await screenshot(page, 'sync-02-phone-list');
  });

  it('opening the run on the phone shows the key numbers, load included, and the heart-rate chart the laptop shows', async () => {
    const chartLabel = async (page: Page) => {
      await rows(page).first().click();
      await page
        .getByRole('heading', { level: 2, name: sessionTitle(run), exact: true })
        .waitFor({ timeout: UI_TIMEOUT });
      // The samples come after the summary row: the chart appears once they have arrived.
      const chart = page.locator('.chart-hr svg');
      await chart.waitFor({ timeout: UI_TIMEOUT });
      return chart.getAttribute('aria-label');
    };
    const onPhone = await chartLabel(phone.page);
    const expected = expectedKeyNumbers(run, format);
    expect(importerKeyNumbersOf(await shownKeyNumbers(phone.page), expected)).toEqual(expected);

    await nav(laptop.page).getByRole('button', { name: 'Sessions', exact: true }).click();
    expect(onPhone).toMatch(/^Heart rate over time, from \d+ bpm to \d+ bpm\./);
    expect(await chartLabel(laptop.page)).toBe(onPhone);
    // Load and the rest of the analytics too: the phone estimates thresholds from the samples sync brought.
    const onLaptop = await shownKeyNumbers(laptop.page);
    await expect.poll(() => shownKeyNumbers(phone.page), { timeout: UI_TIMEOUT }).toEqual(onLaptop);
    await screenshot(phone.page, 'sync-03-phone-detail');
  });

  it('asked to delete the run, the phone says its account loses it too and the files wait hidden for 30 days', async () => {
    await phone.page.getByRole('button', { name: 'Delete this session…' }).click();
    const question = phone.page.getByRole('alertdialog', { name: 'Delete this session?' });
    await expect
      .poll(() => question.locator('p').textContent(), { timeout: UI_TIMEOUT })
      .toMatch(
        /brings it back\. They leave your account too; your browsers that sync keep the files hidden for 30 days, in case one of your devices brings the session back\.$/,
      );
    await screenshot(phone.page, 'sync-03b-phone-delete-question');
    await question.getByRole('button', { name: 'Keep it' }).click();
    await question.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('a title edited on the phone shows on the laptop while its panel is open', async () => {
    const edit = phone.page.getByRole('form', { name: 'Edit session' });
    await edit.getByLabel('Title').fill(NEW_TITLE);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.locator('output').textContent(), { timeout: UI_TIMEOUT }).toBe('Saved.');

    // The laptop's panel still shows the run's detail; the new title arrives by subscription.
    await laptop.page.getByRole('heading', { level: 2, name: NEW_TITLE, exact: true }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(laptop.page, 'sync-04-laptop-title-from-phone');
  });

  it('with its panel closed, the laptop gets a title edited on the phone from the background’s sync alarm', async () => {
    await laptop.page.close();
    const edit = phone.page.getByRole('form', { name: 'Edit session' });
    await edit.getByLabel('Title').fill(BACKGROUND_TITLE);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await synced(phone.page);

    const background = laptop.context.serviceWorkers()[0];
    if (!background) throw new Error('the laptop’s background service worker is not running');
    // The alarm's next 5-minute tick, brought forward (the schedule keeps its period).
    await background.evaluate((name) => {
      const { chrome } = globalThis as unknown as { chrome: { alarms: ChromeAlarms } };
      return chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 5 });
    }, SYNC_ALARM);
    // Read from the laptop's own IndexedDB: no panel is open to sync it.
    const storedTitle = () =>
      background.evaluate(
        (id) =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('sessionsai');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const read = open.result.transaction('sessions').objectStore('sessions').get(id);
              read.onsuccess = () => {
                open.result.close();
                resolve((read.result as { title?: string } | undefined)?.title);
              };
              read.onerror = () => reject(read.error);
            };
          }),
        run.id,
      );
    await expect.poll(storedTitle, { timeout: UI_TIMEOUT }).toBe(BACKGROUND_TITLE);
  });

  it('met no uncaught error in either panel', () => {
    expect(pageErrors).toEqual([]);
  });
});
