import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../index';
import { progressMode, progressReporter } from './progress';

const snapshot = (filesDone: number, filesTotal = 20): ImportProgress => ({
  filesDone,
  filesTotal,
  sessionsAdded: filesDone,
  duplicatesSkipped: 0,
  merged: 0,
  errors: filesDone >= 10 ? 1 : 0,
  currentFile: `export/${filesDone}.fit`,
});

function sink(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  return { written, out: { isTTY, columns, write: (t: string) => written.push(t) } };
}

describe('progressMode', () => {
  it('shows a bar by default only on a terminal with 6 files or more', () => {
    expect(progressMode(undefined, true, 6)).toBe('bar');
    expect(progressMode(undefined, true, 5)).toBe('off');
    expect(progressMode(undefined, false, 500)).toBe('off');
  });

  it('obeys --progress (lines when not a terminal) and --no-progress', () => {
    expect(progressMode(true, true, 1)).toBe('bar');
    expect(progressMode(true, false, 1)).toBe('lines');
    expect(progressMode(false, true, 500)).toBe('off');
  });
});

describe('progressReporter', () => {
  it('redraws one bar in place at most every 100 ms, always draws the last file, then erases it', () => {
    const { written, out } = sink(true, 200);
    let now = 0;
    const bar = progressReporter('bar', out, false, () => now);
    bar.update(snapshot(1));
    now = 50;
    bar.update(snapshot(2)); // too soon: skipped
    now = 150;
    bar.update(snapshot(10));
    now = 160;
    bar.update(snapshot(20));
    bar.finish();
    expect(written).toEqual([
      '\r[#.......................] 1/20 files, 1 session, 0 errors  export/1.fit\x1b[K',
      '\r[############............] 10/20 files, 10 sessions, 1 error  export/10.fit\x1b[K',
      '\r[########################] 20/20 files, 20 sessions, 1 error  export/20.fit\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('cuts the bar one character short of the terminal width so it never wraps', () => {
    const { written, out } = sink(true, 30);
    progressReporter('bar', out, false).update(snapshot(1));
    expect(written[0]).toBe('\r[#.......................] 1/\x1b[K');
  });

  it('writes a plain line at the start and at each further tenth of the files when not a terminal, and nothing to erase', () => {
    const { written, out } = sink(false);
    const lines = progressReporter('lines', out, false);
    for (let i = 1; i <= 20; i++) lines.update(snapshot(i));
    lines.finish();
    expect(written).toHaveLength(11);
    expect(written[0]).toBe('import: 1/20 files, 1 session, 0 errors\n');
    expect(written[1]).toBe('import: 2/20 files, 2 sessions, 0 errors\n');
    expect(written[10]).toBe('import: 20/20 files, 20 sessions, 1 error\n');
  });

  it('writes the lines as NDJSON under --json', () => {
    const { written, out } = sink(false);
    progressReporter('lines', out, true).update(snapshot(20));
    expect(JSON.parse(written[0]!)).toEqual({
      progress: { filesDone: 20, filesTotal: 20, sessionsAdded: 20, errors: 1 },
    });
  });

  it('writes nothing when off', () => {
    const { written, out } = sink(true);
    const off = progressReporter('off', out, false);
    off.update(snapshot(20));
    off.finish();
    expect(written).toEqual([]);
  });
});
