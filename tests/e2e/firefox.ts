// Debian's firefox-esr runs the Firefox build, driven by puppeteer-core over
// WebDriver BiDi. Like Chromium (browser.ts), it is CI's apt-installed browser:
// without it the test skips on a developer machine and fails under CI.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { REPO_ROOT } from './browser';

export const FIREFOX = '/usr/bin/firefox-esr';
/** Where `wxt build -b firefox` writes the Firefox build (wxt.config.ts: SESSIONSAI_OUT_DIR, else WXT's .output). */
export const FIREFOX_EXTENSION_DIR = join(
  resolve(REPO_ROOT, process.env.SESSIONSAI_OUT_DIR ?? '.output'),
  'firefox-mv2',
);

/** The add-on id in the Firefox manifest (wxt.config.ts, browser_specific_settings). */
const ADDON_ID = 'sessionsai@sessionsai';
/** Fixed by the pref below, so the test knows the panel's moz-extension:// address before installing. */
const EXTENSION_UUID = '5e5510a1-0000-4000-8000-000000000001';

/** Whether the test can run: throws under CI when the browser is missing, so CI never passes by skipping. */
export function firefoxAvailable(): boolean {
  if (existsSync(FIREFOX)) return true;
  if (process.env.CI)
    throw new Error(`${FIREFOX} is missing; CI must install Debian's firefox-esr for the Firefox test`);
  return false;
}

/** The part of puppeteer's WebDriver BiDi frame used here (not in its public types). */
interface BidiFrame {
  readonly browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
}

export interface OpenFirefoxPanel {
  readonly page: Page;
  /** Closes the browser; puppeteer removes the profile it made. */
  close(): Promise<void>;
}

/**
 * Headless Firefox in a fresh profile (puppeteer's own, removed on close) with
 * a Firefox build (`extensionDir`, by default the local-only one) installed as
 * a temporary add-on, showing the sidebar's page in a tab. Puppeteer's Firefox
 * preferences already turn off updates, telemetry and other background traffic.
 */
export async function openFirefoxSidePanel(
  locale: string,
  extensionDir = FIREFOX_EXTENSION_DIR,
): Promise<OpenFirefoxPanel> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // About a sidebar's size, so screenshots show the layout athletes get.
    defaultViewport: { width: 440, height: 1000 },
    // WebDriver BiDi navigates only to http(s), file and blob pages unless allowed
    // further; the panel is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
    },
  });
  const close = () => browser.close();
  try {
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    // Firefox reports no navigation events for moz-extension:// pages, so page.goto()
    // would wait for one until it times out: send BiDi's navigate command itself.
    const frame = page.mainFrame() as unknown as BidiFrame;
    await frame.browsingContext.navigate(`moz-extension://${EXTENSION_UUID}/sidepanel.html`, 'complete');
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
