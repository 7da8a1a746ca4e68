// Debian's Chromium drives the end-to-end test: it is the browser CI installs
// with apt (issue 4, "Tests"). Without it the test skips on a developer
// machine and fails under CI, like the fixtures gate in tests/support/fixtures.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Where `wxt build` writes the Chrome build (wxt.config.ts: SESSIONSAI_OUT_DIR, else WXT's .output). */
export const EXTENSION_DIR = join(resolve(REPO_ROOT, process.env.SESSIONSAI_OUT_DIR ?? '.output'), 'chrome-mv3');

/** Whether the test can run: throws under CI when the browser is missing, so CI never passes by skipping. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing; CI must install Debian's chromium package for the end-to-end test`);
  return false;
}

export interface OpenPanel {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface PanelOptions {
  /** The unpacked extension to load; the local-only build by default. */
  readonly extensionDir?: string;
  /** More Chromium flags, such as trusting a test server's certificate. */
  readonly args?: readonly string[];
}

/**
 * Chromium with only the built extension loaded, in a fresh profile, showing
 * the side panel page. Extensions need the new headless mode (the old one
 * cannot load them); the flags keep the browser off the network. Each call is
 * a browser profile of its own: two are two devices.
 */
export async function openSidePanel(locale: string, options: PanelOptions = {}): Promise<OpenPanel> {
  const { extensionDir = EXTENSION_DIR, args = [] } = options;
  const profile = mkdtempSync(join(tmpdir(), 'sessionsai-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    locale,
    // About a side panel's size beside a page, so screenshots show the layout athletes get.
    viewport: { width: 440, height: 1000 },
    acceptDownloads: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...args,
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    // The background service worker's URL names the extension's id.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    return { context, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
