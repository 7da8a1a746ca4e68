// Issue 4, "Benchmark": import throughput of 300 one-hour FIT files end to end
// (picked in the panel, read, parsed in the import worker and stored in
// IndexedDB, until the report shows them all added) against the importer
// alone (importFiles in Node on the same bytes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { importFiles } from '../../importer';

/** A generated file, in memory. */
export interface BenchFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}
import { makeKnownTrack } from '../../tests/support/known-track';
import { writeKnownTrackFit } from '../../tests/support/write-fit';
import { median } from '../time';
import { shiftFitTimes } from './shift-fit-times';

const DAY_S = 86_400;

/**
 * `count` one-hour rides a day apart (the same workout twice would be merged:
 * identity.ts matches starts up to 14 h apart): one encoded, the rest copies moved in time.
 */
export function oneHourFitFiles(count: number): BenchFile[] {
  const first = writeKnownTrackFit(makeKnownTrack({ seconds: 3600, sport: 'cycling', start: Date.UTC(2025, 0, 1, 6) }));
  return Array.from({ length: count }, (_, i) => ({
    name: `ride-${String(i + 1).padStart(3, '0')}.fit`,
    bytes: i === 0 ? first : shiftFitTimes(first, i * DAY_S),
  }));
}

export interface EndToEnd {
  readonly ms: number;
  /** The report's count line, e.g. "300 sessions added · 0 duplicates skipped · 0 merged · 0 errors". */
  readonly counts: string;
}

/** Hands the files to the panel's file picker and waits for the import report. Time includes the hand-over. */
export async function timeImportEndToEnd(
  page: Page,
  files: readonly BenchFile[],
  timeoutMs: number,
): Promise<EndToEnd> {
  const dir = mkdtempSync(join(tmpdir(), 'sessionsai-bench-fit-'));
  try {
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    const finished = page
      .getByRole('region', { name: 'Import', exact: true })
      .getByRole('heading', { name: 'Import finished' });
    const start = performance.now();
    await page.getByTestId('file-input').setInputFiles(paths);
    await finished.waitFor({ timeout: timeoutMs });
    const ms = performance.now() - start;
    return { ms, counts: (await page.locator('.import-counts').textContent()) ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of `runs` calls of importFiles on the same inputs (the first call warms V8 and is not counted). */
export async function timeImporterAlone(files: readonly BenchFile[], runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = await importFiles(files);
    const days = new Set(result.sessions.map((s) => Math.floor(s.start / (DAY_S * 1000))));
    if (days.size !== files.length)
      throw new Error(`importFiles found sessions on ${days.size} days in ${files.length} files, not one a day`);
    if (i > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}
