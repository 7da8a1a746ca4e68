// The side panel in Debian's Chromium (issue 4, "Benchmark"): the extension
// built fresh into its own folder, then the time to the first list render
// with 5,000 sessions stored, import throughput of 3,000 one-hour FIT files
// against the importer alone (bench-import.ts), and the panel's JavaScript
// gzipped. Every browser it starts it closes; without Chromium it says so and skips.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderTable, type Column } from '../../importer/cli/text-table';
import { generateHistory, SESSIONS } from '../analytics-cases';
import { median } from '../time';
import { benchImport, TARGET_FILES, type ImportBenchOptions } from './bench-import';
import { storeSessions, timeFirstListRender } from './list-render';
import { panelJsSizes } from './panel-js-size';

/** Tables, notes and target lines for BENCHMARKS.md. */
export interface BenchSection {
  readonly tables: string[];
  readonly notes: string[];
  readonly targets: string[];
}

const REPO = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
// Issue 4, "Benchmark": the targets.
const TARGET_LIST_MS = 300;
const TARGET_PANEL_JS_KB = 150;
const OPENS = 7;
const UI_TIMEOUT_MS = 120_000;
const LOCALE = 'en-GB';

interface Row {
  readonly measure: string;
  readonly result: string;
  readonly target: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'Side panel in Chromium (issue 4)', cell: (r) => r.measure },
  { header: 'Result', align: 'right', cell: (r) => r.result },
  { header: 'Target', cell: (r) => r.target },
];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Builds the Chrome extension into `outDir`, emptied first so no file of an older build is counted. */
function buildExtension(outDir: string, log: (line: string) => void): void {
  rmSync(outDir, { recursive: true, force: true });
  log(`building the extension into ${outDir}`);
  // WXT's report goes to stderr: stdout carries the tables.
  execFileSync('npx', ['wxt', 'build', '--browser', 'chrome'], {
    cwd: REPO,
    env: { ...process.env, SESSIONSAI_OUT_DIR: outDir },
    stdio: ['ignore', 2, 2],
  });
}

type Browser = typeof import('../../tests/e2e/browser');

/** The browser helpers with the extension freshly built for them, or a note why there is no browser. */
async function preparedBrowser(log: (line: string) => void): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) {
    const skipped = `side panel rows skipped: ${CHROMIUM} not found (install Debian's chromium package)`;
    log(skipped);
    return skipped;
  }
  const outDir = resolve(REPO, process.env.SESSIONSAI_OUT_DIR ?? join(tmpdir(), 'sessionsai-bench-out'));
  buildExtension(outDir, log);
  // tests/e2e/browser.ts reads SESSIONSAI_OUT_DIR when it loads: set it first, then load it.
  process.env.SESSIONSAI_OUT_DIR = outDir;
  return import('../../tests/e2e/browser');
}

/** Only the import rows (`npm run bench -- --only import`). */
export async function benchImportOnly(log: (line: string) => void, options: ImportBenchOptions): Promise<BenchSection> {
  const browser = await preparedBrowser(log);
  if (typeof browser === 'string') return { tables: [], notes: [browser], targets: [] };
  return benchImport(browser.openSidePanel, log, options);
}

export async function benchSidePanel(log: (line: string) => void): Promise<BenchSection> {
  const browser = await preparedBrowser(log);
  if (typeof browser === 'string') return { tables: [], notes: [browser], targets: [] };
  const { EXTENSION_DIR, openSidePanel } = browser;
  const sizes = panelJsSizes(EXTENSION_DIR);

  log(`storing ${int(SESSIONS)} sessions and opening the panel ${OPENS + 1} times`);
  const listPanel = await openSidePanel(LOCALE);
  let list: Awaited<ReturnType<typeof timeFirstListRender>>;
  try {
    await listPanel.page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await storeSessions(listPanel.page, generateHistory());
    list = await timeFirstListRender(listPanel.context, listPanel.page.url(), OPENS, UI_TIMEOUT_MS);
  } finally {
    await listPanel.close();
  }
  const expectedCount = `${int(SESSIONS)} sessions`;
  if (list.countShown !== expectedCount)
    throw new Error(`the list showed "${list.countShown}", not "${expectedCount}"`);

  const imports = await benchImport(openSidePanel, log, { files: TARGET_FILES });

  const listMs = median(list.openToRowMs);
  const range = (samples: readonly number[]) => `${Math.min(...samples).toFixed(0)}-${Math.max(...samples).toFixed(0)}`;
  const rows: Row[] = [
    {
      measure: `Open to first list row, ${int(SESSIONS)} sessions stored (median of ${OPENS})`,
      result: `${listMs.toFixed(0)} ms (${range(list.openToRowMs)})`,
      target: `< ${TARGET_LIST_MS} ms`,
    },
    {
      measure: 'of which Sessions clicked to first list row',
      result: `${median(list.clickToRowMs).toFixed(0)} ms (${range(list.clickToRowMs)})`,
      target: '-',
    },
    {
      measure: `Side panel JS gzipped (${sizes.panel.files.join(', ')})`,
      result: kb(sizes.panel.gzipBytes),
      target: `< ${TARGET_PANEL_JS_KB} kB`,
    },
    {
      measure: `Import worker JS gzipped (${sizes.worker.files.join(', ')})`,
      result: kb(sizes.worker.gzipBytes),
      target: '-',
    },
    {
      measure: `JS loaded only on demand, gzipped (${sizes.onDemand.files.length} chunks)`,
      result: kb(sizes.onDemand.gzipBytes),
      target: '-',
    },
  ];
  return {
    tables: [renderTable(COLUMNS, rows), ...imports.tables],
    notes: [
      `Side panel: sidepanel.html opened in a new tab of Chromium ${OPENS + 1} times (the first, warming caches, not counted), timed from navigation start to the frame after the first session row entered the DOM. The panel opens on Today when it holds sessions: a script in the page clicks the top bar's Sessions button the moment it appears, and that click's time to the first row is shown too. Sizes: gzip level 9 of the scripts sidepanel.html loads and their static imports.`,
      ...imports.notes,
    ],
    targets: [
      `Side panel, first list render with ${int(SESSIONS)} sessions: ${listMs.toFixed(0)} ms (target < ${TARGET_LIST_MS} ms): ${verdict(listMs < TARGET_LIST_MS)}`,
      `Side panel JS gzipped: ${kb(sizes.panel.gzipBytes)} (target < ${TARGET_PANEL_JS_KB} kB, no chart library): ${verdict(sizes.panel.gzipBytes < TARGET_PANEL_JS_KB * 1000)}`,
      ...imports.targets,
    ],
  };
}
