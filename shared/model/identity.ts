import { sportFamily } from './sport';
import type { Summary } from './session';

// Recognising the same workout from two places follows tapiriik's heuristic
// (docs/domain.md, "Recognising the same workout"): compatible sports, starts within
// a few minutes, similar duration. tapiriik also forgives starts whole hours
// apart (a time-zone mistake in one source); alone, that would merge the 08:00
// commute with the 17:00 ride home, so a shift is accepted only when it is the
// UTC offset one of the sources states (a local clock read as UTC elsewhere).
const START_TOLERANCE_MS = 3 * 60_000;
const DURATION_TOLERANCE = 0.05;
const DURATION_FLOOR_S = 120;

/** What identity needs of a session: its summary and, when known, its local UTC offset. */
export type Comparable = Summary & { readonly utcOffsetS?: number | null };

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

/**
 * The shift (ms) to add to b's clock to land on a's: 0 when the starts agree,
 * plus or minus a stated UTC offset when one source's clock was local time, or
 * null when the starts do not match at all.
 */
export function clockShiftMs(a: Comparable, b: Comparable): number | null {
  const diff = a.start - b.start;
  if (Math.abs(diff) <= START_TOLERANCE_MS) return 0;
  for (const offsetS of [a.utcOffsetS, b.utcOffsetS]) {
    if (offsetS === null || offsetS === undefined || offsetS === 0) continue;
    const shift = Math.sign(diff) * Math.abs(offsetS) * 1000;
    if (Math.abs(diff - shift) <= START_TOLERANCE_MS) return shift;
  }
  return null;
}

function sportsMatch(a: Comparable, b: Comparable): boolean {
  return a.sport === 'other' || b.sport === 'other' || sportFamily(a.sport) === sportFamily(b.sport);
}

function durationsMatch(a: number, b: number): boolean {
  const tolerance = Math.max(DURATION_FLOOR_S, DURATION_TOLERANCE * Math.max(a, b));
  return Math.abs(a - b) <= tolerance;
}

/** True when two sessions are the same workout recorded or exported by two sources. */
export function isSameWorkout(a: Comparable, b: Comparable): boolean {
  return sportsMatch(a, b) && clockShiftMs(a, b) !== null && durationsMatch(a.elapsedS, b.elapsedS);
}
