// The Firefox build made with accounts configured, in Debian's firefox-esr: Settings says plainly that accounts
// are not available in Firefox yet and why (cloud-config.ts), and offers no sign-in button. Without accounts the
// panel calls neither server the build names, so none is started. A screenshot lands in artifacts/e2e/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ACCOUNTS_IN_FIREFOX } from '../../extension/account/cloud-config';
import { REPO_ROOT } from './browser';
import { type BuildWithAccounts, buildWithAccounts } from './build-with-accounts';
import { firefoxAvailable, type OpenFirefoxPanel, openFirefoxSidePanel } from './firefox';

const ARTIFACTS = join(REPO_ROOT, 'artifacts/e2e');
const UI_TIMEOUT = 30_000;
// A Clerk publishable key names its Frontend API host; this one names a port nothing listens on.
const ENV = {
  WXT_CONVEX_URL: 'http://127.0.0.1:9',
  WXT_CLERK_PUBLISHABLE_KEY: `pk_test_${btoa('127.0.0.1:9$')}`,
};

const runnable = firefoxAvailable();
if (!runnable) console.warn('skipping the Firefox accounts test: /usr/bin/firefox-esr not found (CI installs it)');

describe.skipIf(!runnable)('the Firefox build with accounts configured', () => {
  let build: BuildWithAccounts;
  let panel: OpenFirefoxPanel;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    build = buildWithAccounts(ENV, 'firefox');
    panel = await openFirefoxSidePanel('en-GB', build.dir);
    page = panel.page;
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  }, 180_000);

  afterAll(async () => {
    await panel?.close();
    build?.remove();
  });

  it('says in Settings why accounts are not available here, with no sign-in button', async () => {
    await page.click('::-p-aria([name="Settings"][role="button"])');
    const section = await page.waitForSelector('section[aria-labelledby="account-title"]', { timeout: UI_TIMEOUT });
    const shown = await section!.evaluate((el) => ({
      text: el.querySelector('p')?.textContent,
      buttons: el.querySelectorAll('button').length,
    }));
    expect(shown).toEqual({ text: NO_ACCOUNTS_IN_FIREFOX, buttons: 0 });
    await section!.scrollIntoView();
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-03-accounts.png') });
  });

  it('met no uncaught error in the panel', () => {
    expect(pageErrors).toEqual([]);
  });
});
