// The Firefox build in Debian's firefox-esr, as an athlete meets it: the
// sidebar's page, a generated FIT file chosen through the file input, the import
// report, and the session in the list and its detail with the importer's numbers,
// in miles as the en-US locale asks. A screenshot lands in artifacts/e2e/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTitle } from '../../extension/ui/common/session-title';
import { makeFormat } from '../../extension/ui/units/format';
import { importFiles } from '../../importer';
import type { Session } from '../../shared/model';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { REPO_ROOT } from './browser';
import { expectedKeyNumbers, expectedRowNumbers, importerKeyNumbersOf, importerNumbersOf } from './expected-numbers';
import { firefoxAvailable, type OpenFirefoxPanel, openFirefoxSidePanel } from './firefox';

const LOCALE = 'en-US';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
const RUN = writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'running', start: Date.UTC(2024, 5, 3, 7) }));
// en-US: the panel's units follow the locale until the athlete chooses.
const format = makeFormat('imperial', LOCALE);

const runnable = firefoxAvailable();
if (!runnable) console.warn('skipping the Firefox end-to-end test: /usr/bin/firefox-esr not found (CI installs it)');

/** The text of the first element matching `selector`, once it equals `expected` (or the timeout's error). */
async function textBecomes(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel, text) => document.querySelector(sel)?.textContent === text,
    { timeout: UI_TIMEOUT },
    selector,
    expected,
  );
}

describe.skipIf(!runnable)('the sidebar in Firefox', () => {
  let panel: OpenFirefoxPanel;
  let page: Page;
  let filesDir = '';
  let session: Session;
  /** Uncaught errors in the panel: none may happen along the way. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filesDir = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-firefox-files-'));
    writeFileSync(join(filesDir, 'run.fit'), RUN);
    const imported = (await importFiles([{ name: 'run.fit', bytes: RUN }])).sessions;
    expect(imported).toHaveLength(1);
    session = imported[0]!;
    panel = await openFirefoxSidePanel(LOCALE);
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  afterAll(async () => {
    await panel?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('has a toolbar button and a sidebar with the SessionsAI icon', async () => {
    const { origin, browser_action, sidebar_action } = await page.evaluate(() => {
      const { runtime } = (
        globalThis as unknown as { browser: { runtime: { getManifest(): Record<string, unknown> } } }
      ).browser;
      const { browser_action, sidebar_action } = runtime.getManifest();
      return { origin: location.origin, browser_action, sidebar_action };
    });
    const icons = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `${origin}/icon/${size}.png`]));
    // No popup: a click reaches the background, which toggles the sidebar.
    expect(browser_action).toMatchObject({
      default_title: 'Show or hide SessionsAI',
      default_icon: icons,
      default_popup: null,
    });
    expect(sidebar_action).toMatchObject({ default_panel: `${origin}/sidepanel.html`, default_title: 'SessionsAI' });
    // The icon the toolbar shows is a real 128 px image.
    const size = await page.evaluate(async () => {
      const image = new Image();
      image.src = '/icon/128.png';
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    });
    expect(size).toEqual([128, 128]);
  });

  it('imports a FIT file chosen through the file input', async () => {
    const input = await page.waitForSelector('input[type="file"][data-testid="file-input"]', { timeout: UI_TIMEOUT });
    await input!.uploadFile(join(filesDir, 'run.fit'));
    await page.waitForSelector('::-p-aria(Import finished)', { timeout: UI_TIMEOUT });
    expect(await page.$eval('.import-counts', (counts) => counts.textContent)).toBe(
      '1 session added · 0 duplicates skipped · 0 merged · 0 errors',
    );
    await textBecomes(page, '.session-count', '1 session');
  });

  it('lists the session with the importer’s numbers, in miles', async () => {
    await page.click('::-p-aria(Close)');
    await page.waitForSelector('.session-row', { timeout: UI_TIMEOUT });
    const row = await page.$eval('.session-row', (item) => ({
      date: item.querySelector('.session-row-date')?.textContent,
      numbers: item.querySelector('.session-row-numbers')?.textContent ?? null,
    }));
    row.numbers = importerNumbersOf(row.numbers);
    expect(row).toEqual({
      date: format.date(session.start, session.utcOffsetS),
      numbers: expectedRowNumbers(session, format),
    });
    expect(row.numbers).toMatch(/ mi · .* \/mi · /);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-01-sessions.png'), fullPage: true });
  });

  it('opens the session’s detail with the importer’s numbers', async () => {
    await page.click('.session-row');
    await page.waitForSelector(`::-p-aria([name="${sessionTitle(session)}"][role="heading"])`, {
      timeout: UI_TIMEOUT,
    });
    const shown = await page.$$eval('dl.key-numbers > div', (items) =>
      Object.fromEntries(
        items.map((item) => [
          item.querySelector('dt')?.textContent ?? '',
          item.querySelector('dd')?.firstChild?.textContent ?? '',
        ]),
      ),
    );
    // Load, NP, IF and the rest come from the panel's analytics, not the importer.
    const expected = expectedKeyNumbers(session, format);
    expect(importerKeyNumbersOf(shown, expected)).toEqual(expected);
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-02-detail.png'), fullPage: true });
  });

  it('met no uncaught error in the panel along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
