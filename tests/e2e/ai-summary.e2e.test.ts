// A session summary in the built extension, in Chromium, against the fake
// Messages API on 127.0.0.1: a generated FIT imported, the athlete's own key
// and the fake's address set in Settings, consent asked before anything is
// sent, the answer streamed in with a checked number, and no position sent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKnownTrack } from '../support/known-track';
import { startFakeAnthropic, type FakeAnthropicServer, type FakeTurn } from '../support/fake-anthropic';
import { writeKnownTrackFit } from '../support/write-fit';
import { browserAvailable, openSidePanel, REPO_ROOT, type OpenPanel } from './browser';

const LOCALE = 'en-GB';
const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
const RIDE = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2024, 5, 1, 6) }));

const runnable = browserAvailable();
if (!runnable) console.warn('skipping the AI summary end-to-end test: /usr/bin/chromium not found (CI installs it)');

/**
 * The fake model answers with the first fact it was given, in the fact's own
 * words (so its numbers are verified), and one number no fact states.
 */
function answerFromFacts(body: unknown): FakeTurn {
  const first = (body as { messages: { content: string }[] }).messages[0]!.content;
  const fact = /^- [^:]+: (.+) \[/m.exec(first)?.[1] ?? 'no facts';
  return { text: `${fact}. You also climbed 9999 m.`, chunkDelayMs: 40 };
}

describe.skipIf(!runnable)('an AI session summary in Chromium', () => {
  let panel: OpenPanel;
  let page: Page;
  let server: FakeAnthropicServer;
  let filesDir = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    filesDir = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-ai-'));
    writeFileSync(join(filesDir, 'ride.fit'), RIDE);
    server = await startFakeAnthropic(answerFromFacts);
    panel = await openSidePanel(LOCALE);
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await panel?.close();
    await server?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('imports a generated ride', async () => {
    await page.getByTestId('file-input').setInputFiles([join(filesDir, 'ride.fit')]);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('sets the own key and the fake API address in Settings', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
    await page.locator('#ai-key').fill('sk-ant-e2e-key');
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

  it('asks for consent, showing what the AI sees, and sends nothing before', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sessions' }).click();
    await page.locator('.session-row').first().click();
    await page.getByRole('button', { name: 'Summarise this session' }).click();
    await page.getByRole('heading', { name: 'Before anything is sent' }).waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('.ai-sees-message').textContent()).toContain(
      'Summarize the cycling session of 2024-06-01',
    );
    expect(server.requests).toHaveLength(0);
    await page.screenshot({ path: join(ARTIFACTS, 'ai-01-consent.png'), fullPage: true });
  });

  it('streams the answer in, with a verified number and the unverified one marked', async () => {
    await page.getByRole('button', { name: 'Agree and send' }).click();
    // While it streams, Stop is offered.
    await page.getByRole('button', { name: 'Stop' }).waitFor({ timeout: UI_TIMEOUT });
    await page.locator('.ai-answer-text').waitFor({ timeout: UI_TIMEOUT });
    expect(await page.locator('.ai-answer-text').textContent()).toMatch(/\. You also climbed 9999 m \(unverified\)\.$/);
    expect(await page.locator('.ai-verified').count()).toBeGreaterThan(0);
    expect(await page.locator('.ai-unverified').textContent()).toBe('9999 m (unverified)');
    await page.screenshot({ path: join(ARTIFACTS, 'ai-02-answer.png'), fullPage: true });
  });

  it('offers the week summary and the chat in Insights', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Insights' }).click();
    await page.getByRole('button', { name: 'Summarise this week' }).waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole('heading', { name: 'Ask about your training' }).waitFor({ timeout: UI_TIMEOUT });
    await page.screenshot({ path: join(ARTIFACTS, 'ai-03-insights.png'), fullPage: true });
  });

  it('lists the request in Settings → AI requests, and keeps the key and consent out of storage.local', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
    const request = page.locator('.ai-request-list summary').first();
    await request.waitFor({ timeout: UI_TIMEOUT });
    expect(await request.textContent()).toContain(` · ${new URL(server.url).host} · claude-sonnet-5-5 · `);
    // storage.local is readable by content scripts on the training sites.
    const local = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<object> } } } }
      ).chrome.storage.local.get(null),
    );
    expect(Object.keys(local).filter((key) => key.startsWith('ai.') || key.includes('clerk'))).toEqual([]);
  });

  it('sent the facts with the default model and the key, and no position', () => {
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    const body = JSON.stringify(request!.body);
    expect((request!.body as { model: string }).model).toBe('claude-sonnet-5-5');
    expect(request!.headers.authorization ?? request!.headers['x-api-key']).toMatch(/sk-ant-e2e-key$/);
    expect(body).toContain('Summarize the cycling session of 2024-06-01');
    for (const leak of ['"lat"', '"lon"', 'positions', 'semicircles']) expect(body).not.toContain(leak);
    // The generated track runs north from 45° N, 6° E (tests/support/known-track.ts).
    expect(body).not.toMatch(/45\.0\d{3}|6\.0000/);
    expect(pageErrors).toEqual([]);
  });
});
