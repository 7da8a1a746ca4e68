// The input side every command shares: command-line paths -> files -> the
// importer, with progress on stderr, sessions oldest first and the files that
// could not be read counted among the errors; and the problems written back
// out (plain words, or NDJSON under --json so stderr stays machine-readable).
import type { ImportIssue, ImportResult } from '../../shared/model';
import { importFiles } from '../index';
import type { Io } from './output';
import { progressMode, progressReporter } from './progress';
import { findInputs, readInputs } from './read-inputs';
import { issueLine, warningLines } from './session-report';
import { UsageError } from './usage-error';

/** The progress options both commands take (node:util parseArgs config), and their help. */
export const PROGRESS_OPTIONS = {
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const;

const PROGRESS_HELP: readonly (readonly [string, ...string[]])[] = [
  [
    '--progress',
    'Show progress on stderr however few the files;',
    'when stderr is not a terminal, as one line per',
    'tenth of the files.',
  ],
  [
    '--no-progress',
    'Never show progress. (Default: a bar when stderr',
    'is a terminal and there are 6 files or more.)',
  ],
];

/** The help lines of the progress options, their text starting at `column` to line up with the command's other options. */
export function progressHelp(column: number): string {
  return PROGRESS_HELP.map(([flag, ...text]) =>
    text.map((line, i) => `${(i === 0 ? `  ${flag}` : '').padEnd(column)}${line}\n`).join(''),
  ).join('');
}

/** --progress (true), --no-progress (false) or neither (undefined); both is a usage error. */
function progressFlag(values: { progress?: boolean; 'no-progress'?: boolean }): boolean | undefined {
  if (values.progress && values['no-progress'])
    throw new UsageError('--progress and --no-progress contradict each other.');
  return values.progress ? true : values['no-progress'] ? false : undefined;
}

/** The flags every importing command takes: --json and the progress options. */
export interface ImportFlags {
  readonly json?: boolean;
  readonly progress?: boolean;
  readonly 'no-progress'?: boolean;
}

/**
 * A command's whole run after its own flags are checked: import the paths, let
 * `write` put the command's output on stdout, then the problems on stderr.
 * Returns the exit code.
 */
export async function importThenWrite(
  paths: readonly string[],
  flags: ImportFlags,
  io: Io,
  write: (result: ImportResult, json: boolean) => void,
): Promise<number> {
  const json = flags.json === true;
  const result = await importPaths(paths, io, progressFlag(flags), json);
  write(result, json);
  writeIssues(io, result, json);
  return exitCode(result);
}

async function importPaths(
  paths: readonly string[],
  io: Io,
  progressWanted: boolean | undefined,
  json: boolean,
): Promise<ImportResult> {
  const { inputs, errors: readErrors } = readInputs(findInputs(paths));
  const mode = progressMode(progressWanted, io.stderr.isTTY === true, inputs.length);
  const progress = progressReporter(mode, io.stderr, json);
  const result = await importFiles(inputs, { onProgress: (p) => progress.update(p) });
  progress.finish();
  return {
    sessions: [...result.sessions].sort((a, b) => a.start - b.start),
    warnings: result.warnings,
    errors: [...readErrors, ...result.errors],
    ...(result.workouts && { workouts: result.workouts }),
  };
}

/** Warnings and errors on stderr: NDJSON lines {"warning": {file, code, message}} / {"error": ...}, or titled sections in plain words. */
function writeIssues(io: Io, { sessions, warnings, errors }: ImportResult, json: boolean): void {
  if (json) {
    const line = (kind: 'warning' | 'error', i: ImportIssue) =>
      `${JSON.stringify({ [kind]: { file: i.file, code: i.code, message: i.message } })}\n`;
    for (const w of warnings) io.stderr.write(line('warning', w));
    for (const e of errors) io.stderr.write(line('error', e));
    return;
  }
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length > 0) io.stderr.write(`\n${title} (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('')}`);
  };
  section('Warnings', warningLines(sessions, warnings));
  section('Errors', errors.map(issueLine));
}

/** 1 when any input failed, else 0 (2, a usage error, is main.ts's). */
const exitCode = (result: ImportResult): number => (result.errors.length > 0 ? 1 : 0);
