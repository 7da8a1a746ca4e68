// `report <files|folders|zips...>`: import in memory, then the training picture:
// weekly volume, fitness/fatigue/form and records, scored with the thresholds
// given as flags or estimated from the files.
import { importThenWrite, PROGRESS_OPTIONS, progressHelp } from '../import-paths';
import { reportJson } from '../report-json';
import { THRESHOLD_HELP, THRESHOLD_OPTIONS, profileFromFlags } from '../threshold-flags';
import { trainingReport } from '../training-report';
import { summarizeTraining } from '../training-summary';
import { UsageError } from '../usage-error';
import type { Command } from './command';
import { parseOptions } from './parse-options';

const HELP = `Usage: npm run -s cli -- report [options] <files|folders|zips...>

Imports the files as "import" does (nothing is stored), then prints the
thresholds used and where each came from, weekly volume by sport (sessions,
time, distance, load), fitness (CTL), fatigue (ATL) and form (TSB) over the
imported span (daily up to six weeks, else weekly) and personal records (best
efforts by distance, farthest in a time, best power by duration) with dates.
Each session's load comes from its best signal: power, pace, heart rate or RPE.

Thresholds (each one not given is estimated from the files, and said so):
${THRESHOLD_HELP}
Options:
  --json                One JSON document on stdout:
                        {sessions, days, records, weeks, thresholds}; each
                        session as "import --json" writes it (with its load),
                        days as {date, load, ctl, atl, tsb} for every day.
                        Warnings and errors go to stderr as NDJSON.
${progressHelp(24)}  -h, --help            Show this help.

Exit status: 0 when every input imported, 1 when any input failed (see the
errors), 2 on a usage error (unknown option, a malformed threshold, no inputs,
a path that is missing).
`;

const OPTIONS = {
  json: { type: 'boolean' },
  ...THRESHOLD_OPTIONS,
  ...PROGRESS_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export const reportCommand: Command = {
  name: 'report',
  synopsis: '<files|folders|zips...>',
  summary: 'Weekly volume, fitness/fatigue/form and records from workout files',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('report needs at least one file, folder or archive.');
    const given = profileFromFlags(values);

    return importThenWrite(positionals, values, io, ({ sessions, workouts }, json) => {
      const summary = summarizeTraining(sessions, given);
      io.stdout.write(json ? `${JSON.stringify(reportJson(sessions, summary, workouts))}\n` : trainingReport(summary));
    });
  },
};
