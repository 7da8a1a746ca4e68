// Issue 4, "Benchmark": time from opening the side panel to the first list
// render with thousands of sessions stored. The sessions go straight into the
// panel's own IndexedDB (rows as extension/db stores them); then the panel
// page is opened fresh, again and again, and each open is timed from its
// navigation start to the frame that paints the first session row (and from
// the click on Sessions, as the panel opens on Today).
import type { BrowserContext, Page } from 'playwright-core';
import type { SessionRow } from '../../extension/db';
import { DEFAULT_DB_NAME } from '../../extension/db/database';
import { liveCountRow } from '../../extension/db/live-count';
import { ESTIMATES_ID } from '../../extension/db/threshold-estimates';
import type { Session } from '../../shared/model';

/** The row extension/db would store for a session imported from one file (session-row.ts, live-index.ts). */
function storedRow(session: Session, i: number): SessionRow {
  const contentHash = i.toString(16).padStart(64, '0');
  return {
    ...session,
    sources: [{ format: 'fit', file: `${session.id}.fit`, contentHash, sizeBytes: 100_000, device: null }],
    sourceHashes: [contentHash],
    editedFields: [],
    // Summaries without samples: what the database stores for them, so the panel has no old rows to fill in first.
    loadInputs: null,
    updatedAt: 0,
    deletedAt: null,
    live: 1,
  };
}

/**
 * Writes the rows with raw IndexedDB into the empty database the open panel created (Dexie's own schema and
 * version), with the live sessions' count its middleware would have kept (live-count.ts).
 */
export async function storeSessions(page: Page, sessions: readonly Session[]): Promise<void> {
  const rows = sessions.map(storedRow);
  await page.evaluate(
    ({ name, rows, count }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['sessions', 'libraryCounts'], 'readwrite');
          for (const row of rows) tx.objectStore('sessions').put(row);
          tx.objectStore('libraryCounts').put(count);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { name: DEFAULT_DB_NAME, rows, count: liveCountRow(rows.length) },
  );
}

/**
 * Waits until the open panel has stored the thresholds it estimates from the library (threshold-estimates.ts), as
 * an athlete's panel has after an import: the raw rows above bypass the import that would have stored them.
 */
export async function waitForStoredEstimates(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ name, id }) =>
      new Promise<boolean>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').get(id);
          read.onsuccess = () => {
            open.result.close();
            done(read.result !== undefined);
          };
          read.onerror = () => fail(read.error);
        };
      }),
    { name: DEFAULT_DB_NAME, id: ESTIMATES_ID },
    { timeout: timeoutMs, polling: 100 },
  );
}

/** What firstRowProbe logs when the first row is painted, then the click's and the row's ms since navigation start. */
const FIRST_ROW_MESSAGE = 'sessionsai-bench:first-row';

/**
 * Runs in every page before its own scripts. The panel opens on Today when it
 * holds sessions, so the probe presses the top bar's Sessions button the
 * moment it appears, as a hurried athlete would. When the first session row
 * enters the DOM (a row with its session, not the blank placeholder the list
 * draws while a block of rows is read), it waits for the next frame and the
 * task after it (the row has been painted by then) and logs the times since
 * navigation start to the console. Logged, not polled for: Playwright's
 * waitForFunction first injects its own script into the page (20-30 ms of the
 * page's thread in a trace), and that ran between the click and the first row.
 */
function firstRowProbe(): void {
  let clickMs: number | undefined;
  new MutationObserver((_, observer) => {
    if (clickMs === undefined) {
      const sessions = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Views"] button')].find(
        (b) => b.textContent === 'Sessions',
      );
      if (sessions) {
        clickMs = performance.now();
        sessions.click();
      }
    }
    if (!document.querySelector('.session-row:not(.placeholder)')) return;
    observer.disconnect();
    // A literal: the probe runs in the page, where this module's constants do not exist.
    requestAnimationFrame(() =>
      setTimeout(() => console.debug(`sessionsai-bench:first-row ${clickMs} ${performance.now()}`), 0),
    );
  }).observe(document, { childList: true, subtree: true });
}

export interface ListRenderTimes {
  /** Navigation start to the first row painted, one per measured open, in order. */
  readonly openToRowMs: readonly number[];
  /** The Sessions button's click to the first row painted, for the same opens. */
  readonly clickToRowMs: readonly number[];
  /** What the list said it holds, e.g. "5,000 sessions". */
  readonly countShown: string;
}

/** Opens `url` in a new tab `opens + 1` times (the first warms Chromium's caches and is not counted). */
export async function timeFirstListRender(
  context: BrowserContext,
  url: string,
  opens: number,
  timeoutMs: number,
): Promise<ListRenderTimes> {
  await context.addInitScript(firstRowProbe);
  const openToRowMs: number[] = [];
  const clickToRowMs: number[] = [];
  let countShown = '';
  for (let i = 0; i <= opens; i++) {
    const page = await context.newPage();
    try {
      const [painted] = await Promise.all([
        page.waitForEvent('console', {
          predicate: (message) => message.text().startsWith(FIRST_ROW_MESSAGE),
          timeout: timeoutMs,
        }),
        page.goto(url),
      ]);
      const [click, row] = painted.text().split(' ').slice(1).map(Number) as [number, number];
      if (i > 0) {
        openToRowMs.push(row);
        clickToRowMs.push(row - click);
      }
      countShown = (await page.locator('.session-count').textContent({ timeout: timeoutMs })) ?? '';
    } finally {
      await page.close();
    }
  }
  return { openToRowMs, clickToRowMs, countShown };
}
