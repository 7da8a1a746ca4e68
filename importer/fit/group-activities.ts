// Which files of a (possibly chained) FIT input are activities. FIT allows
// several files back to back (FIT protocol, "chained FIT files"); devices use
// it to append a settings file, or (Forerunner 920XT with an HRM-Tri) files
// that hold only the strap's buffered hr messages and no file_id, which belong
// to the activity before them (their messages and R-R intervals join it).
import type { ActivityMessages } from './build-session';
import type { FitFile, FitMessage } from './types';

export interface GroupedFiles {
  readonly activities: ActivityMessages[];
  /** file_id.type of each non-activity file that did not follow an activity ("settings", "monitoringB", or its number). */
  readonly otherTypes: string[];
}

function appendMessages(
  into: Record<string, FitMessage[]>,
  from: Readonly<Record<string, readonly FitMessage[]>>,
): void {
  for (const [name, list] of Object.entries(from)) (into[name] ??= []).push(...list);
}

function concatenated(a: Float32Array, b: Float32Array): Float32Array {
  if (b.length === 0) return a;
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function copyMessages(from: Readonly<Record<string, readonly FitMessage[]>>): Record<string, FitMessage[]> {
  const out: Record<string, FitMessage[]> = {};
  appendMessages(out, from);
  return out;
}

/**
 * Activities in input order. A file whose file_id has type "activity" or no
 * type at all (Moxy writes none) starts an activity; a file without file_id
 * joins the activity before it; any other type is not an activity.
 */
export function groupActivities(files: readonly FitFile[]): GroupedFiles {
  const activities: {
    records: FitFile['records'];
    rrIntervals: Float32Array;
    messages: Record<string, FitMessage[]>;
  }[] = [];
  const otherTypes: string[] = [];
  for (const file of files) {
    const fileId = file.messages.fileId?.[0];
    const type = fileId?.type;
    const current = activities[activities.length - 1];
    if (fileId && type !== undefined && type !== 'activity') {
      if (!current) otherTypes.push(String(type));
    } else if (!fileId && current) {
      appendMessages(current.messages, file.messages);
      current.rrIntervals = concatenated(current.rrIntervals, file.rrIntervals);
    } else {
      activities.push({ records: file.records, rrIntervals: file.rrIntervals, messages: copyMessages(file.messages) });
    }
  }
  return { activities, otherTypes };
}
