// The athlete's rights in the built extension, in Chromium, against the fake
// Messages API on 127.0.0.1: a FIT imported, a key set, consent given and a
// summary made; then one session deleted (its samples gone from IndexedDB) and
// everything erased (every storage area empty, the panel as freshly installed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropicServer } from '../support/fake-anthropic';
import { makeKnownTrack } from '../support/known-track';
import { writeKnownTrackFit } from '../support/write-fit';
import { browserAvailable, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';

const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
const RIDE = writeKnownTrackFit(makeKnownTrack({ seconds: 1800, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) }));
const KEY = 'sk-ant-e2e-rights-key';

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the rights end-to-end test: /usr/bin/chromium not found (CI installs it)');

/** Every object store of the panel's database with its rows, read straight from IndexedDB in the page. */
function databaseRows(page: Page, name = 'sessionsai'): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return out;
  }, name);
}

/** What the extension's storage areas and the panel's localStorage hold. */
function storageAreas(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    // The extension API as the page has it (this test file is not typed for extension pages).
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session' | 'sync', Area> } })
      .chrome;
    return {
      local: await storage.local.get(null),
      session: await storage.session.get(null),
      sync: await storage.sync.get(null),
      localStorage: Object.fromEntries(Object.entries(localStorage)),
    };
  });
}

describe.skipIf(!runnable)("the athlete's rights in Chromium", () => {
  let panel: OpenPanel;
  let page: Page;
  let server: FakeAnthropicServer;
  let filesDir = '';
  const pageErrors: string[] = [];
  const nav = () => page.getByRole('navigation', { name: 'Views' });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filesDir = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-rights-'));
    writeFileSync(join(filesDir, 'ride.fit'), RIDE);
    server = await startFakeAnthropic(() => ({ text: 'A steady half hour.', chunkDelayMs: 10 }));
    panel = await openSidePanel(LOCALE);
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await panel?.close();
    await server?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('imports a FIT', async () => {
    await page.getByTestId('file-input').setInputFiles([join(filesDir, 'ride.fit')]);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Close' }).click();
    const rows = await databaseRows(page);
    expect(rows.sessions).toHaveLength(1);
    expect(rows.streams).toHaveLength(1);
    expect(rows.sources).toHaveLength(1);
  });

  it('sets the own key and the fake API address', async () => {
    await nav().getByRole('button', { name: 'Settings' }).click();
    await page.locator('#ai-key').fill(KEY);
    await page.getByRole('button', { name: 'Save key' }).click();
    await expect
      .poll(() => page.locator('.ai-settings .settings-status').textContent(), { timeout: UI_TIMEOUT })
      .toBe('Your API key is saved in this browser.');
    await page.locator('#ai-base-url').fill(server.url);
    await page.locator('#ai-base-url').press('Tab');
    await expect
      .poll(() => page.locator('.ai-settings .settings-status').textContent(), { timeout: UI_TIMEOUT })
      .toBe('API address saved.');
  });

  it('asks for consent, then summarises the session', async () => {
    await nav().getByRole('button', { name: 'Sessions' }).click();
    await page.locator('.session-row').first().click();
    await page.getByRole('button', { name: 'Summarise this session' }).click();
    await page.getByRole('heading', { name: 'Before anything is sent' }).waitFor({ timeout: UI_TIMEOUT });
    expect(server.requests).toHaveLength(0);
    await page.getByRole('button', { name: 'Agree and send' }).click();
    await expect
      .poll(() => page.locator('.ai-answer-text').textContent(), { timeout: UI_TIMEOUT })
      .toBe('A steady half hour.');
    expect(server.requests).toHaveLength(1);
    expect((await databaseRows(page)).insights).toHaveLength(1);
  });

  it('deletes the session after asking once: its samples, file and summary leave IndexedDB', async () => {
    const [session] = (await databaseRows(page)).sessions as { id: string }[];
    await page.getByRole('button', { name: 'Delete this session…' }).click();
    const question = page.getByRole('alertdialog', { name: 'Delete this session?' });
    await question.waitFor({ timeout: UI_TIMEOUT });
    await page.screenshot({ path: join(ARTIFACTS, 'rights-01-delete-question.png'), fullPage: true });
    await question.getByRole('button', { name: 'Delete session' }).click();
    await page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT });

    const rows = await databaseRows(page);
    // What is left of the session and its samples is a bare tombstone, so the deletion can reach other devices.
    expect(rows.streams).toEqual([{ id: session!.id, updatedAt: expect.any(Number), deletedAt: expect.any(Number) }]);
    expect(rows.sessions).toEqual([{ id: session!.id, updatedAt: expect.any(Number), deletedAt: expect.any(Number) }]);
    for (const table of ['sources', 'insights'])
      expect(rows[table], table).not.toContainEqual(expect.objectContaining({ deletedAt: null }));
  });

  it('erases everything: every storage area is empty and the panel is as new', async () => {
    // The key is where content scripts cannot read it: the extension's private database, not storage.local.
    expect((await storageAreas(page)).local).not.toHaveProperty(['ai.apiKey']);
    expect(JSON.stringify((await databaseRows(page, 'sessionsai-private')).values)).toContain(KEY);
    await nav().getByRole('button', { name: 'Settings' }).click();
    const erase = page.getByRole('region', { name: 'Erase', exact: true });
    await erase.getByRole('button', { name: 'Erase all local data' }).click();
    await erase
      .getByRole('alertdialog', { name: 'Erase all local data?' })
      .getByRole('button', { name: 'Erase everything' })
      .click();
    await expect
      .poll(() => erase.locator('.settings-status').textContent(), { timeout: UI_TIMEOUT })
      .toBe('All local data was erased.');

    const rows = await databaseRows(page);
    expect(
      Object.values(rows).every((table) => table.length === 0),
      JSON.stringify(rows),
    ).toBe(true);
    expect(Object.keys(rows)).toContain('streams');
    expect(await storageAreas(page)).toEqual({ local: {}, session: {}, sync: {}, localStorage: {} });
    expect(await databaseRows(page, 'sessionsai-private')).toEqual({ values: [] });

    await page.reload();
    await page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT });
    await nav().getByRole('button', { name: 'Settings' }).click();
    expect(await page.locator('#ai-key').inputValue()).toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'rights-02-erased.png'), fullPage: true });
  });

  it('met no uncaught error in the panel along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
