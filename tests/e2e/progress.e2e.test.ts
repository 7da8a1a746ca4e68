// Issue 16 as a new athlete meets it: real files (rides with power, a run, a
// faulty strap, a synthetic HR file) picked on a fresh panel with no
// thresholds set. Loads are there at once, marked estimated on Today and in
// the detail; Today says what load keeps form in the band; Settings offers the
// estimates; Progress draws a power curve.
// Screenshots land in artifacts/e2e/progress-*.png for review.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesAvailable, FIXTURES_DIR } from '../support/fixtures';
import { browserAvailable, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';

const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 60_000;
const FILES = [
  'fit/fitparse__Edge810-Vector-2013-08-16-15-35-10.fit',
  'fit/gc__SigmaRox11_1.fit',
  'fit/gc__Karoo-Botley_BW_Swanmore_Wickham-2025-05-09-1238.fit',
  'export/gc__14582164182.fit.gz',
  'fit/fit-parser__garmin-stamina.fit',
  'fit/elevate__flagged-hr.fit',
  'fit/garmin-sdk__Activity.fit',
];

const run = browserAvailable() && fixturesAvailable ? describe : describe.skip;

run('thresholds from the first import, and progress', () => {
  let panel: OpenPanel;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `progress-${name}.png`), fullPage: true });
  const nav = () => page.getByRole('navigation', { name: 'Views' });
  const open = (view: string) => nav().getByRole('button', { name: view, exact: true }).click();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    panel = await openSidePanel('en-GB');
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await panel?.close();
  });

  it('imports real files with no thresholds set', async () => {
    await page.getByTestId('file-input').setInputFiles(FILES.map((f) => join(FIXTURES_DIR, f)));
    const status = page.getByRole('region', { name: 'Import', exact: true });
    await status.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: UI_TIMEOUT });
  });

  it('shows loads marked estimated on Today, with no threshold typed', async () => {
    await open('Today');
    const note = page.locator('.today-view').getByText(/loads? uses? an estimated threshold/);
    await note.waitFor({ timeout: UI_TIMEOUT });
    await shot('today');
    expect(await page.locator('.today-view').textContent()).toContain('6 sessions’ loads use an estimated threshold');
  });

  it("gives the load for today that keeps tomorrow's form in the optimal band, and the week ahead", async () => {
    // The files are months to years old, so fitness and fatigue have decayed to near 0 by today: reaching -10 takes
    // about 91 TSS and -30 about 274 (form falls 0.1096 a unit of load); the exact pair moves with the date.
    const headline = page.locator('.form-target-headline');
    await headline.waitFor({ timeout: UI_TIMEOUT });
    expect(await headline.textContent()).toMatch(
      /^A session of \d+–\d+ TSS today keeps tomorrow's form between -30 and -10\.$/,
    );
    expect(await page.locator('.form-target-because').textContent()).toMatch(
      /^With no more load today, tomorrow's form is -?\d+\.\d and fitness stands [-+]?\d+\.\d on a week ago; every 10 TSS today lowers tomorrow's form by 1\.1\.$/,
    );
    expect(await page.locator('.form-projection tbody tr').count()).toBe(7);
  });

  it('offers the estimates in Settings, each with how it was found', async () => {
    await open('Settings');
    const list = page.getByRole('list', { name: 'Estimated thresholds' });
    await list.waitFor({ timeout: UI_TIMEOUT });
    const text = (await list.textContent()) ?? '';
    // The newest rides with power are the 2025 ones; the faulty strap's 234 bpm is nowhere.
    expect(text).toMatch(/FTP \d+ W, from 95% of your best 20 minutes \(\d+ W\)/);
    await shot('settings');
    expect(text).toMatch(/Maximum heart rate 198 bpm/);
  });

  it('marks the load estimated in a ride’s detail, with IF and the ride’s power curve', async () => {
    await open('Sessions');
    await page
      .locator('.session-row')
      .filter({ hasText: /\d TSS est\./ })
      .first()
      .click();
    const load = page.locator('.key-number').filter({ has: page.locator('dt', { hasText: /^Load$/ }) });
    await load.locator('.estimated').waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('heading', { name: 'Power curve' }).waitFor();
    await page.locator('.key-number dt', { hasText: 'Intensity factor' }).waitFor();
    await shot('detail');
  });

  it('draws a power curve in Progress, with the session behind a point one click away', async () => {
    await open('Progress');
    await page.getByRole('radio', { name: 'All time' }).check();
    const curve = page.locator('.progress-view .curve-chart').first();
    await curve.waitFor({ timeout: UI_TIMEOUT });
    expect(await curve.locator('figcaption span').first().textContent()).toBe('Best power, riding');
    // Keyboard only: each arrow press steps to the next duration (1 s, 5 s, 10 s, ...).
    for (let i = 0; i < 12; i++) await curve.locator('svg').press('ArrowRight');
    await expect.poll(() => curve.locator('.curve-readout span').first().textContent()).toMatch(/^20 min: \d+ W, /);
    await shot('progress');
    await curve.getByRole('button', { name: 'Open the session' }).click();
    await page.locator('#detail-title').waitFor({ timeout: UI_TIMEOUT });
    expect(pageErrors).toEqual([]);
  });
});
