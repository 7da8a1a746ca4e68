// `import <files|folders|zips...>`: read the inputs, run the importer, report.
import { flattenSteps } from '../../../shared/analytics';
import type { ImportResult } from '../../../shared/model';
import { importThenWrite, PROGRESS_OPTIONS, progressHelp } from '../import-paths';
import type { Io } from '../output';
import { sessionJson } from '../session-json';
import { sessionTable, totals } from '../session-report';
import { estimatedLoads } from '../training-summary';
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
  --json          One JSON object per session on stdout (NDJSON, oldest first),
                  with its load scored on thresholds estimated from the files
                  ("report" takes thresholds as flags).
                  Warnings and errors go to stderr as NDJSON too:
                  {"warning": {"file", "code", "message"}} and {"error": {...}}.
  --streams       With --json: add each session's samples ("streams").
${progressHelp(18)}  -h, --help      Show this help.

Exit status: 0 when every input imported, 1 when any input failed (see the
errors), 2 on a usage error (unknown option, no inputs, a path that is missing).
`;

const OPTIONS = {
  json: { type: 'boolean' },
  streams: { type: 'boolean' },
  ...PROGRESS_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

function writeJson(io: Io, { sessions }: ImportResult, streams: boolean): void {
  const loads = estimatedLoads(sessions);
  for (const [i, s] of sessions.entries())
    io.stdout.write(`${JSON.stringify(sessionJson(s, { streams, load: loads[i] ?? null }))}\n`);
}

function writeTable(io: Io, { sessions, warnings, workouts = [] }: ImportResult): void {
  io.stdout.write(sessions.length > 0 ? sessionTable(sessions, warnings) : 'No sessions imported.\n');
  io.stdout.write(`\n${totals(sessions, warnings)}`);
  // A workout is planned, not done: it is named here, and "report --json" lists its steps.
  for (const w of workouts) {
    const n = flattenSteps(w.steps).length;
    io.stdout.write(`Planned workout in ${w.file}: ${w.title ?? 'untitled'}, ${n} ${n === 1 ? 'step' : 'steps'}\n`);
  }
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

    return importThenWrite(positionals, values, io, (result, json) => {
      if (json) writeJson(io, result, values.streams === true);
      else writeTable(io, result);
    });
  },
};
