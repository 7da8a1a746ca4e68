// Issue 15, "Speed end to end": one-hour FIT files imported in the built
// extension's side panel in Chromium against importFiles alone in Node on the
// same bytes, where the panel's time goes (the import worker's phases), and
// what IndexedDB keeps per hour of 1 Hz data beside the FIT file's own size.
// `--profile DIR` also writes the CPU profiles of the panel page and the import worker there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTable, type Column } from '../../importer/cli/text-table';
import type { OpenPanel } from '../../tests/e2e/browser';
import type { BenchSection } from './bench-side-panel';
import { median } from '../time';
import { oneHourFitFiles, timeImportEndToEnd, timeImporterAlone } from './import-throughput';
import { measureStoredBytes, watchImportPhases } from './import-probes';
import { startProfilers } from './worker-profiler';

// Issue 15, "Speed end to end": the targets.
export const TARGET_FILES = 3_000;
const TARGET_SECONDS = 10;
const TARGET_RATIO = 1.5;
const IMPORTER_RUNS = 3;
const UI_TIMEOUT_MS = 900_000;
const LOCALE = 'en-GB';
const HOUR_S = 3600;

export interface ImportBenchOptions {
  readonly files: number;
  /** Where to write the panel page's .cpuprofile, if anywhere. */
  readonly profileDir?: string;
}

interface Row {
  readonly measure: string;
  readonly result: string;
  readonly target: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'Import end to end in Chromium (issue 15)', cell: (r) => r.measure },
  { header: 'Result', align: 'right', cell: (r) => r.result },
  { header: 'Target', cell: (r) => r.target },
];

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number) => `${int(bytes / 1000)} kB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export async function benchImport(
  openSidePanel: (locale: string) => Promise<OpenPanel>,
  log: (line: string) => void,
  options: ImportBenchOptions,
): Promise<BenchSection> {
  const count = options.files;
  log(`generating ${int(count)} one-hour FIT files; timing the importer alone`);
  const files = oneHourFitFiles(count);
  const aloneMs = await timeImporterAlone(files, IMPORTER_RUNS);
  log('importing them in the panel');
  const panel = await openSidePanel(LOCALE);
  try {
    const { page } = panel;
    await page.getByRole('region', { name: 'Import your training' }).waitFor({ timeout: UI_TIMEOUT_MS });
    const phases = await watchImportPhases(page);
    const profilers = options.profileDir ? await startProfilers(page) : null;
    const endToEnd = await timeImportEndToEnd(page, files, UI_TIMEOUT_MS);
    if (profilers && options.profileDir) {
      const profiles = await profilers.stop();
      mkdirSync(options.profileDir, { recursive: true });
      for (const [who, profile] of Object.entries(profiles)) {
        if (profile === null) continue;
        const path = join(options.profileDir, `${who}-import-${count}.cpuprofile`);
        writeFileSync(path, JSON.stringify(profile));
        log(`wrote ${path}`);
      }
    }
    const expected = `${int(count)} sessions added · 0 duplicates skipped · 0 merged · 0 errors`;
    if (endToEnd.counts !== expected) throw new Error(`the import reported "${endToEnd.counts}", not "${expected}"`);
    const stages = await phases.read();
    const chunks = await phases.chunks();
    const stored = await measureStoredBytes(page);

    const fitBytes = files.reduce((n, f) => n + f.bytes.length, 0);
    const hours = stored.recordedS / HOUR_S;
    const perSecond = (ms: number) => (count / ms) * 1000;
    const ratio = endToEnd.ms / aloneMs;
    const seconds = endToEnd.ms / 1000;
    const samplesPerHour = stored.sampleBytes / hours;
    const fitPerHour = fitBytes / hours;
    const atTargetSize = count === TARGET_FILES;
    const rows: Row[] = [
      {
        measure: `Import ${int(count)} one-hour FIT files (${(fitBytes / 1e6).toFixed(0)} MB), end to end`,
        result: `${perSecond(endToEnd.ms).toFixed(1)} files/s (${seconds.toFixed(1)} s)`,
        target: atTargetSize ? `<= ${TARGET_SECONDS} s` : '-',
      },
      {
        measure: `Importer alone, importFiles in Node, same bytes (median of ${IMPORTER_RUNS})`,
        result: `${perSecond(aloneMs).toFixed(1)} files/s (${(aloneMs / 1000).toFixed(1)} s)`,
        target: '-',
      },
      {
        measure: 'End to end over importer alone (time)',
        result: `${ratio.toFixed(2)}x`,
        target: `<= ${TARGET_RATIO}x`,
      },
      ...stages.map((s) => ({ measure: `of which ${s.phase}`, result: `${int(s.ms)} ms`, target: '-' })),
      {
        measure: `saving, ${chunks.length} transactions: first, median and last`,
        result: `${[chunks[0], median(chunks), chunks.at(-1)].map((ms) => int(ms ?? 0)).join(' / ')} ms`,
        target: '-',
      },
      {
        measure: 'Samples in IndexedDB per hour of 1 Hz data',
        result: kb(samplesPerHour),
        target: `<= FIT file (${kb(fitPerHour)})`,
      },
      { measure: 'Kept original FIT files per hour', result: kb(stored.sourceBytes / hours), target: '-' },
      {
        measure: 'Origin storage used per hour (navigator.storage.estimate)',
        result: kb(stored.usageBytes / hours),
        target: '-',
      },
    ];
    const targets = [
      `Import end to end, ${int(count)} one-hour FIT files: ${perSecond(endToEnd.ms).toFixed(1)} files/s, ${seconds.toFixed(1)} s (target ${int(TARGET_FILES)} files in <= ${TARGET_SECONDS} s, >= ${int(TARGET_FILES / TARGET_SECONDS)} files/s): ${atTargetSize ? verdict(seconds <= TARGET_SECONDS) : 'not shown (fewer files)'}`,
      `Import end to end over importer alone: ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x): ${verdict(ratio <= TARGET_RATIO)}`,
      `Samples stored per hour of 1 Hz data: ${kb(samplesPerHour)} against the FIT file's ${kb(fitPerHour)} (target: no more): ${verdict(samplesPerHour <= fitPerHour)}`,
    ];
    return {
      tables: [renderTable(COLUMNS, [...rows])],
      notes: [
        `Import: files handed to the panel's file picker in a fresh profile, timed until the report showed them all added; phases from the worker's progress messages as the page received them. Samples: the bytes of the sample arrays in the streams table (structured clone adds a little); originals: the sources table's bytes; storage: navigator.storage.estimate() after the import.`,
      ],
      targets,
    };
  } finally {
    await panel.close();
  }
}
