import { sportFamily } from './sport';
import type { Summary } from './session';

// Recognising the same workout from two places follows tapiriik's heuristic
// (DOMAIN.md, "Recognising the same workout"): compatible sports, starts within
// a few minutes, similar duration; starts that differ by whole hours with the
// same minutes and seconds are a time-zone mistake in one source.
const START_TOLERANCE_MS = 3 * 60_000;
const DURATION_TOLERANCE = 0.05;
const DURATION_FLOOR_S = 120;
const MAX_TIMEZONE_SHIFT_H = 14;

/** Session id: the source's content hash, with the session's index when one file holds several. */
export function sessionId(contentHash: string, index: number): string {
  const base = contentHash.slice(0, 24);
  return index === 0 ? base : `${base}-${index}`;
}

/**
 * A coarse key (sport family and start minute) for bucketing candidates;
 * `isSameWorkout` makes the real decision, so neighbouring keys must be checked too.
 */
export function fingerprint(s: Pick<Summary, 'sport' | 'start' | 'elapsedS'>): string {
  return `${sportFamily(s.sport)}@${Math.floor(s.start / 60_000)}`;
}

function startsMatch(a: number, b: number): boolean {
  const diff = Math.abs(a - b);
  if (diff <= START_TOLERANCE_MS) return true;
  const hours = Math.round(diff / 3_600_000);
  return hours >= 1 && hours <= MAX_TIMEZONE_SHIFT_H && Math.abs(diff - hours * 3_600_000) <= START_TOLERANCE_MS;
}

function sportsMatch(a: Summary, b: Summary): boolean {
  return a.sport === 'other' || b.sport === 'other' || sportFamily(a.sport) === sportFamily(b.sport);
}

function durationsMatch(a: number, b: number): boolean {
  const tolerance = Math.max(DURATION_FLOOR_S, DURATION_TOLERANCE * Math.max(a, b));
  return Math.abs(a - b) <= tolerance;
}

/** True when two summaries are the same workout recorded or exported by two sources. */
export function isSameWorkout(a: Summary, b: Summary): boolean {
  return sportsMatch(a, b) && startsMatch(a.start, b.start) && durationsMatch(a.elapsedS, b.elapsedS);
}
