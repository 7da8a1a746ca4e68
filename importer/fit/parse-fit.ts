// FIT bytes -> sessions: the reader decodes, this names the file in every
// problem, decides what the file is, and builds one Session per activity.
import { sha256Hex, type ImportedWorkout, type ImportIssue, type ImportResult, type Session } from '../../shared/model';
import { type Deadline, NO_DEADLINE } from '../deadline';
import { withFileWarnings } from '../file-warnings';
import { buildSession } from './build-session';
import { buildWorkout } from './build-workout';
import { groupActivities } from './group-activities';
import { readFit } from './read-fit';
import type { FitProblem } from './types';

// file_id.type names (FIT profile type "file") in words an athlete knows.
const FILE_TYPE_WORDS: Readonly<Record<string, string>> = {
  device: 'device description',
  settings: 'device settings',
  sport: 'sport settings',
  workout: 'planned workout',
  course: 'course',
  schedules: 'workout schedule',
  weight: 'weight scale',
  totals: 'totals',
  goals: 'goals',
  bloodPressure: 'blood pressure',
  monitoringA: 'activity monitoring',
  monitoringB: 'activity monitoring',
  monitoringDaily: 'daily monitoring',
  activitySummary: 'activity summary',
  segment: 'segment',
  segmentList: 'segment list',
};

function fileTypeWords(type: string): string {
  return (
    FILE_TYPE_WORDS[type] ??
    (/^\d+$/.test(type) ? `type ${type}` : type.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`))
  );
}

// What a break cost the athlete, in time: the reader counts records, but
// "kept 40 min" is what tells an athlete how much of the workout survived.
const BREAK_CODES: ReadonlySet<FitProblem['code']> = new Set(['truncated', 'corrupt']);

function keptRecording(sessions: readonly Session[]): string {
  const time = sessions[sessions.length - 1]?.streams?.time;
  if (!time || time.length === 0) return '';
  const minutes = Math.round((time[time.length - 1]! - time[0]!) / 60);
  return ` The imported session keeps ${minutes.toLocaleString('en-US')} min of recording before the break.`;
}

function toIssue(file: string, p: FitProblem, sessions: readonly Session[]): ImportIssue {
  const kept = BREAK_CODES.has(p.code) ? keptRecording(sessions) : '';
  return { file, code: p.code, message: `${file}: ${p.message}${kept}` };
}

/**
 * Sessions from one FIT input (a single file or a chain); never throws on bad
 * bytes. The importer passes the content hash it already computed for dedup.
 */
export function parseFit(
  bytes: Uint8Array,
  file: string,
  contentHash: string = sha256Hex(bytes),
  deadline: Deadline = NO_DEADLINE,
): ImportResult {
  const read = readFit(bytes, deadline);
  const { activities, otherTypes } = groupActivities(read.files);
  const sessions: Session[] = [];
  const errors: ImportIssue[] = [];
  for (const activity of activities) {
    const session = buildSession(activity, { file, contentHash, sizeBytes: bytes.length, index: sessions.length });
    if (session) {
      sessions.push(session);
      continue;
    }
    const n = activity.records.length;
    errors.push({
      file,
      code: 'no-data',
      message:
        n > 0
          ? `${file} has ${n.toLocaleString('en-US')} records but none carries a time, and no session message: nothing could be imported`
          : `${file} has no records and no session message: nothing could be imported`,
    });
  }
  const warnings = read.warnings.map((p) => toIssue(file, p, sessions));
  const readErrors = read.errors.map((p) => toIssue(file, p, sessions));
  errors.unshift(...readErrors);
  // The reader's problems are about the bytes of the file, so about each of its sessions.
  const built = withFileWarnings(sessions, [...warnings, ...readErrors]);
  const workouts: ImportedWorkout[] = [];
  for (const fit of read.files.filter((f) => f.messages.fileId?.[0]?.type === 'workout')) {
    const built = buildWorkout(fit, file, contentHash);
    if (!built) continue;
    workouts.push(built.workout);
    for (const note of built.notes) warnings.push({ file, code: 'unsupported', message: `${file}: ${note}` });
  }
  const firstOther = otherTypes[0];
  if (workouts.length > 0) return { sessions: built, warnings, errors, workouts };
  if (activities.length === 0 && firstOther !== undefined) {
    warnings.push({
      file,
      code: 'not-activity',
      message: `${file} is not an activity (FIT file type: ${fileTypeWords(firstOther)}): nothing to import`,
    });
  } else if (activities.length === 0 && errors.length === 0) {
    errors.push({ file, code: 'no-data', message: `${file} holds no FIT data: nothing could be imported` });
  }
  return { sessions: built, warnings, errors };
}
