import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionTitle } from '../../extension/ui/common/session-title';
import { sportLabel } from '../../extension/ui/common/sport-label';
import { makeFormat, type Format } from '../../extension/ui/units/format';
import { importFiles } from '../../importer';
import type { Session } from '../../shared/model';
import { fixture, fixturesAvailable, FIXTURES_DIR } from '../support/fixtures';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { browserAvailable, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';
import { expectedKeyNumbers, expectedRowNumbers, importerKeyNumbersOf, importerNumbersOf } from './expected-numbers';
import { shownKeyNumbers } from './shown-numbers';

// en-GB: metric units by default and a locale whose formats the test reproduces.
const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
// Generous: the first import also starts the worker and opens IndexedDB in a cold profile.
const UI_TIMEOUT = 30_000;

const ZIP = 'export/gc__GarminFR955v18.zip';
const EMPTY = 'bad/elevate__empty.fit';

/** Generated workouts: every value is known (tests/support/known-track.ts). */
const GENERATED = {
  ride: writeKnownTrackFit(
    makeKnownTrack({
      seconds: 3600,
      sport: 'cycling',
      start: Date.UTC(2024, 5, 1, 6),
      pause: { at: 1200, seconds: 120 },
    }),
  ),
  run: writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'running', start: Date.UTC(2024, 5, 3, 7) })),
  dropped: writeKnownTrackFit(makeKnownTrack({ seconds: 1200, sport: 'cycling', start: Date.UTC(2024, 5, 5, 17) })),
};

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the side panel end-to-end test: /usr/bin/chromium not found (CI installs it)');
if (!fixturesAvailable && process.env.CI)
  throw new Error(`the end-to-end test needs ../shared/fixtures (looked in ${FIXTURES_DIR})`);
if (!fixturesAvailable)
  console.warn(`skipping the side panel end-to-end test: ../shared/fixtures not found at ${FIXTURES_DIR}`);

/**
 * Drops files on the panel: dragenter, dragover and drop carrying one
 * DataTransfer, as the browser sends them. Built by script, the DataTransfer
 * holds files but no folder entries, so dropped folders stay untested here.
 */
async function dropFiles(page: Page, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) }));
  const target = page.locator('.drop-target');
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return transfer;
  }, payload);
  await target.dispatchEvent('dragenter', { dataTransfer: data });
  await expect.poll(() => page.locator('.drop-overlay').textContent(), { timeout: UI_TIMEOUT }).toBe('Drop to import');
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
  await data.dispose();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The import report's lines once an import has finished. */
async function finishedImport(page: Page): Promise<{ read: string; counts: string; errors: string[] }> {
  const status = page.getByRole('region', { name: 'Import', exact: true });
  await status.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: UI_TIMEOUT });
  return {
    read: (await status.locator('p').first().textContent()) ?? '',
    counts: (await status.locator('.import-counts').textContent()) ?? '',
    errors: await status.getByRole('list', { name: 'Errors' }).getByRole('listitem').allTextContents(),
  };
}

describe.skipIf(!runnable || !fixturesAvailable)('the side panel in Chromium', () => {
  let panel: OpenPanel;
  let page: Page;
  let format: Format;
  /** Uncaught errors in the panel: none may happen along the way. */
  const pageErrors: string[] = [];
  let filesDir = '';
  const pickedPaths: string[] = [];
  let imported: Session[] = [];
  /** The importer's session read from a file (a zip's entry is named inside the zip). */
  const importedFrom = (file: string): Session => {
    const session = imported.find((s) =>
      s.sources.some((source) => source.file === file || source.file.startsWith(`${file}/`)),
    );
    if (!session) throw new Error(`the importer found no session in ${file}`);
    return session;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filesDir = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-files-'));
    const inputs: { name: string; bytes: Uint8Array }[] = [
      { name: 'ride.fit', bytes: GENERATED.ride },
      { name: 'run.fit', bytes: GENERATED.run },
      { name: basename(ZIP), bytes: fixture(ZIP) },
      { name: basename(EMPTY), bytes: fixture(EMPTY) },
    ];
    for (const input of inputs) {
      pickedPaths.push(join(filesDir, input.name));
      writeFileSync(join(filesDir, input.name), input.bytes);
    }
    // The importer's own reading of the same bytes, to hold the panel to.
    imported = (await importFiles([...inputs, { name: 'dropped.fit', bytes: GENERATED.dropped }])).sessions;
    expect(imported).toHaveLength(4);
    panel = await openSidePanel(LOCALE);
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    format = makeFormat('metric', await page.evaluate(() => navigator.language));
  });

  afterAll(async () => {
    await panel?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('opens on the invitation to import', async () => {
    await page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT });
    expect(format.locale).toBe(LOCALE);
    await screenshot(page, '01-empty');
  });

  it('imports picked files and a Garmin export zip, and names the empty file', async () => {
    await page.getByTestId('file-input').setInputFiles(pickedPaths);
    const report = await finishedImport(page);
    // 4 picked files plus the FIT inside the zip.
    expect(report.read).toBe('5 of 5 files read');
    expect(report.counts).toBe('3 sessions added · 0 duplicates skipped · 0 merged · 1 error');
    expect(report.errors).toEqual(['elevate__empty.fit: is empty (0 bytes): there is nothing to import']);
    await expect.poll(() => page.locator('.session-count').textContent(), { timeout: UI_TIMEOUT }).toBe('3 sessions');
    await screenshot(page, '02-import-report');
  });

  it('imports a dropped file and skips a dropped duplicate', async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    await dropFiles(page, [
      { name: 'dropped.fit', bytes: GENERATED.dropped },
      { name: 'ride-again.fit', bytes: GENERATED.ride },
    ]);
    const report = await finishedImport(page);
    expect(report).toEqual({
      read: '2 of 2 files read',
      counts: '1 session added · 1 duplicate skipped · 0 merged · 0 errors',
      errors: [],
    });
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await expect.poll(() => page.locator('.session-count').textContent(), { timeout: UI_TIMEOUT }).toBe('4 sessions');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('lists every session newest first, with the importer’s numbers', async () => {
    const newestFirst = [...imported].sort((a, b) => b.start - a.start);
    const rows = page.getByRole('list', { name: 'Sessions, newest first' }).locator('.session-row');
    await expect.poll(() => rows.count(), { timeout: UI_TIMEOUT }).toBe(4);
    expect(await rows.locator('.session-row-date').allTextContents()).toEqual(
      newestFirst.map((s) => format.date(s.start, s.utcOffsetS)),
    );
    expect((await rows.locator('.session-row-numbers').allTextContents()).map(importerNumbersOf)).toEqual(
      newestFirst.map((s) => expectedRowNumbers(s, format)),
    );
    await screenshot(page, '03-sessions');
  });

  for (const [file, shot] of [
    ['ride.fit', '04-detail-ride'],
    [basename(ZIP), '05-detail-garmin-run'],
  ] as const) {
    it(`opens the session from ${file} and shows the importer’s numbers`, async () => {
      const session = importedFrom(file);
      const expected = expectedKeyNumbers(session, format);
      await page.locator('.session-row', { hasText: format.date(session.start, session.utcOffsetS) }).click();
      await page
        .getByRole('heading', { level: 2, name: sessionTitle(session), exact: true })
        .waitFor({ timeout: UI_TIMEOUT });
      const shown = await shownKeyNumbers(page);
      // Load, NP, IF and the rest come from the panel's analytics, not the importer.
      expect(importerKeyNumbersOf(shown, expected)).toEqual(expected);
      expect(await page.locator('.detail-header p').textContent()).toBe(
        `${sportLabel(session.sport)} · ${format.dateTime(session.start, session.utcOffsetS)}`,
      );
      await screenshot(page, shot);
      await page.getByRole('button', { name: '← Sessions' }).click();
      await page.locator('.session-row').first().waitFor({ timeout: UI_TIMEOUT });
    });
  }

  const nav = () => page.getByRole('navigation', { name: 'Views' });

  for (const [view, shot] of [
    ['Today', '06-today'],
    ['Plan', '07-plan'],
    ['Wellness', '08-wellness'],
  ] as const) {
    it(`opens the ${view} view`, async () => {
      await nav().getByRole('button', { name: view, exact: true }).click();
      // Attached, not visible: Plan's heading is for screen readers only.
      await page
        .getByRole('main')
        .getByRole('heading', { level: 2, name: view, exact: true })
        .waitFor({ state: 'attached', timeout: UI_TIMEOUT });
      expect(await nav().getByRole('button', { name: view, exact: true }).getAttribute('aria-current')).toBe('page');
      await screenshot(page, shot);
    });
  }

  it('exports everything as a zip holding the sessions', async () => {
    await nav().getByRole('button', { name: 'Settings', exact: true }).click();
    // Units are a setting (metric for en-GB until chosen).
    expect(await page.getByRole('radio', { name: /^Metric/ }).isChecked()).toBe(true);
    const download = page.waitForEvent('download', { timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Export all my data' }).click();
    const saved = await (await download).path();
    const exported = unzipSync(new Uint8Array(readFileSync(saved)));
    expect(Object.keys(exported)).toContain('sessions.json');
    const sessions = JSON.parse(strFromU8(exported['sessions.json']!)) as { start: number }[];
    expect(sessions.map((s) => s.start).sort()).toEqual(imported.map((s) => s.start).sort());
    // Every workout's original is kept byte for byte, loose or from inside the zip.
    const sources = JSON.parse(strFromU8(exported['sources.json']!)) as { file: string; path: string }[];
    expect(sources.map((s) => s.file).sort()).toEqual(
      imported.flatMap((s) => s.sources.map((source) => source.file)).sort(),
    );
    const original = (file: string) => exported[sources.find((s) => s.file.startsWith(file))?.path ?? ''];
    expect(original('ride.fit')).toEqual(GENERATED.ride);
    expect(original(`${basename(ZIP)}/`)).toEqual(Object.values(unzipSync(fixture(ZIP)))[0]);
    await screenshot(page, '09-settings');
  });

  it('erases everything after asking, and the panel is empty again', async () => {
    const erase = page.getByRole('region', { name: 'Erase', exact: true });
    await erase.getByRole('button', { name: 'Erase all local data' }).click();
    const question = erase.getByRole('alertdialog', { name: 'Erase all local data?' });
    await question.waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => question.locator('#erase-what').textContent(), { timeout: UI_TIMEOUT })
      .toBe(
        'This removes from this browser: 4 sessions, 4 original files, 0 wellness days, 0 planned sessions, 0 notes, your thresholds and settings, your AI key and consent, your record of AI requests, and your sign-in. It cannot be undone.',
      );
    await screenshot(page, '10-erase-question');
    await question.getByRole('button', { name: 'Erase everything' }).click();
    await expect
      .poll(() => erase.locator('.settings-status').textContent(), { timeout: UI_TIMEOUT })
      .toBe('All local data was erased.');
    await nav().getByRole('button', { name: 'Sessions', exact: true }).click();
    await page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT });
    await screenshot(page, '11-erased');
  });

  it('met no uncaught error in the panel along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
