// `import <files|folders|zips...>`: read the inputs, run the importer, report.
import type { ImportIssue, ImportResult } from '../../../shared/model';
import { importFiles } from '../../index';
import type { Io } from '../output';
import { progressMode, progressReporter } from '../progress';
import { findInputs, readInputs } from '../read-inputs';
import { sessionJson } from '../session-json';
import { sessionTable, totals, warningLines, issueLine } from '../session-report';
import { UsageError } from '../usage-error';
import type { Command } from './command';
import { parseOptions } from './parse-options';

const HELP = `Usage: npm run -s cli -- import [options] <files|folders|zips...>

Imports FIT, GPX and TCX files, .gz and .zip archives (a Strava bulk export, a
Garmin "export original" zip) and folders of them, walked recursively. Prints a
table of the sessions found, the totals, then every warning and error in plain
words on stderr. Files are named relative to the folder that holds the path you
gave: "import ~/export" names "export/activities/1001.fit.gz".

Options:
  --json          One JSON object per session on stdout (NDJSON, oldest first).
                  Warnings and errors go to stderr as NDJSON too:
                  {"warning": {"file", "code", "message"}} and {"error": {...}}.
  --streams       With --json: add each session's samples ("streams").
  --progress      Show progress on stderr however few the files; when stderr is
                  not a terminal, as one line per tenth of the files.
  --no-progress   Never show progress. (Default: a bar when stderr is a
                  terminal and there are 6 files or more.)
  -h, --help      Show this help.

Exit status: 0 when every input imported, 1 when any input failed (see the
errors), 2 on a usage error (unknown option, no inputs, a path that is missing).
`;

const OPTIONS = {
  json: { type: 'boolean' },
  streams: { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function writeJson(io: Io, { sessions, warnings, errors }: ImportResult, streams: boolean): void {
  for (const s of sessions) io.stdout.write(`${JSON.stringify(sessionJson(s, { streams }))}\n`);
  const line = (kind: 'warning' | 'error', i: ImportIssue) =>
    `${JSON.stringify({ [kind]: { file: i.file, code: i.code, message: i.message } })}\n`;
  for (const w of warnings) io.stderr.write(line('warning', w));
  for (const e of errors) io.stderr.write(line('error', e));
}

function writeReport(io: Io, { sessions, warnings, errors }: ImportResult): void {
  io.stdout.write(sessions.length > 0 ? sessionTable(sessions, warnings) : 'No sessions imported.\n');
  io.stdout.write(`\n${totals(sessions, warnings)}`);
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length > 0) io.stderr.write(`\n${title} (${lines.length}):\n${lines.map((l) => `  ${l}\n`).join('')}`);
  };
  section('Warnings', warningLines(sessions, warnings));
  section('Errors', errors.map(issueLine));
}

export const importCommand: Command = {
  name: 'import',
  synopsis: '<files|folders|zips...>',
  summary: 'Import workout files, folders and archives; list the sessions found',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('import needs at least one file, folder or archive.');
    if (values.streams && !values.json) throw new UsageError('--streams only goes with --json.');
    if (values.progress && values['no-progress'])
      throw new UsageError('--progress and --no-progress contradict each other.');
    const json = values.json === true;

    const { inputs, errors: readErrors } = readInputs(findInputs(positionals));
    const flag = values.progress ? true : values['no-progress'] ? false : undefined;
    const progress = progressReporter(progressMode(flag, io.stderr.isTTY === true, inputs.length), io.stderr, json);
    const result = await importFiles(inputs, { onProgress: (p) => progress.update(p) });
    progress.finish();

    const outcome: ImportResult = {
      sessions: [...result.sessions].sort((a, b) => a.start - b.start),
      warnings: result.warnings,
      errors: [...readErrors, ...result.errors],
    };
    if (json) writeJson(io, outcome, values.streams === true);
    else writeReport(io, outcome);
    return outcome.errors.length > 0 ? 1 : 0;
  },
};
