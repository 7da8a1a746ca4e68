// Import progress on stderr. On a terminal: one bar redrawn in place and
// erased at the end. Elsewhere (a log file, CI) a redrawn bar is garbage, so
// by default nothing is shown; with --progress, one line per tenth of the
// files (plain text, or NDJSON under --json so stderr stays machine-readable).
import type { ImportProgress } from '../index';
import type { Output } from './output';

export type ProgressMode = 'bar' | 'lines' | 'off';

/** Below this many input files an import is quick enough that a bar only flickers. */
export const PROGRESS_MIN_FILES = 6;
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** `flag` is --progress (true), --no-progress (false) or neither (undefined). */
export function progressMode(flag: boolean | undefined, isTTY: boolean, files: number): ProgressMode {
  if (flag === false) return 'off';
  if (flag === true) return isTTY ? 'bar' : 'lines';
  return isTTY && files >= PROGRESS_MIN_FILES ? 'bar' : 'off';
}

export interface ProgressReporter {
  update(p: ImportProgress): void;
  /** Erases the bar, so the report starts on a clean line. */
  finish(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(p: ImportProgress): string {
  return `${p.filesDone}/${p.filesTotal} files, ${plural(p.sessionsAdded, 'session')}, ${plural(p.errors, 'error')}`;
}

function barLine(p: ImportProgress, columns: number): string {
  const filled = p.filesTotal === 0 ? BAR_WIDTH : Math.round((p.filesDone / p.filesTotal) * BAR_WIDTH);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${summary(p)}  ${p.currentFile}`;
  // One character short of the width, or the terminal wraps and \r no longer returns to the bar.
  return line.slice(0, columns - 1);
}

export function progressReporter(
  mode: ProgressMode,
  out: Output,
  json: boolean,
  now = () => Date.now(),
): ProgressReporter {
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(p) {
      if (mode === 'bar') {
        const t = now();
        if (t - lastDraw < REDRAW_MS && p.filesDone < p.filesTotal) return;
        lastDraw = t;
        drawn = true;
        out.write(`\r${barLine(p, out.columns ?? 80)}\x1b[K`);
      } else if (mode === 'lines') {
        const tenth = p.filesTotal === 0 ? 10 : Math.floor((p.filesDone / p.filesTotal) * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        const { filesDone, filesTotal, sessionsAdded, errors } = p;
        out.write(
          json
            ? `${JSON.stringify({ progress: { filesDone, filesTotal, sessionsAdded, errors } })}\n`
            : `import: ${summary(p)}\n`,
        );
      }
    },
    finish() {
      if (drawn) out.write('\r\x1b[K');
    },
  };
}
