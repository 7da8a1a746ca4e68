import { dropUnmeasuredChannels, type ImportResult } from '../shared/model';
import { parseActivityJson } from './activity-json/parse-activity-json';
import type { WorkoutFormat } from './archive/unpack';
import type { Deadline } from './deadline';
import { parseFit } from './fit/parse-fit';
import { parseGpx } from './gpx/parse-gpx';
import { parseTcx } from './tcx/parse-tcx';

type Parser = (bytes: Uint8Array, file: string, contentHash: string, deadline: Deadline) => ImportResult;

const PARSERS: Readonly<Record<WorkoutFormat, Parser>> = {
  fit: parseFit,
  gpx: parseGpx,
  tcx: parseTcx,
  // One JSON.parse of a file the size limits already bound: nothing to interrupt.
  'activity-json': (bytes, file, contentHash) => parseActivityJson(bytes, file, contentHash),
};

const FORMAT_WORDS: Readonly<Record<WorkoutFormat, string>> = {
  fit: 'FIT',
  gpx: 'GPX',
  tcx: 'TCX',
  'activity-json': 'activity JSON',
};

function refused(file: string, code: 'corrupt' | 'over-time', message: string): ImportResult {
  return { sessions: [], warnings: [], errors: [{ file, code, message: `${file}: ${message}` }] };
}

/**
 * Sessions from one workout file of a known format, whose SHA-256
 * (`contentHash`, see content-hash.ts) the caller has computed once, so the
 * parser does not hash it again. Parsers never throw on bad input by
 * contract; a throw would be a bug in one of them, and one file's bug must not
 * lose the rest of an athlete's import, so it becomes that file's error. A
 * file whose `deadline` passes (the parsers' loops watch it and stop) is
 * refused whole: what was read before the stop may be any part of it.
 */
export function parseWorkout(
  format: WorkoutFormat,
  bytes: Uint8Array,
  file: string,
  contentHash: string,
  deadline: Deadline,
): ImportResult {
  let result: ImportResult;
  try {
    result = PARSERS[format](bytes, file, contentHash, deadline);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refused(
      file,
      'corrupt',
      `the ${FORMAT_WORDS[format]} reader failed on it (${detail}); nothing was imported`,
    );
  }
  // Every format's channels of zeros alone go here, once (unmeasured-channels.ts).
  if (!deadline.expired) return { ...result, sessions: result.sessions.map(dropUnmeasuredChannels) };
  const seconds = (deadline.budgetMs / 1000).toLocaleString('en-US');
  return refused(
    file,
    'over-time',
    `reading it took longer than the ${seconds} s allowed for one file, so it was stopped; nothing was imported from it`,
  );
}
