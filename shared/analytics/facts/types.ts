import { round, type Session, type Sport } from '../../model';
import { dayNumber } from '../common/day';
import type { DoneSession } from '../plans/types';
import type { LoadScore } from '../session/score-load';

/**
 * One statement an insight may make, with where it comes from. The side panel
 * shows facts and the AI is given only facts, so every number it states can be
 * traced to sessions.
 */
export interface Fact {
  /** Stable across runs: 'session.<id>.np', 'week.2024-06-03.load'. */
  readonly id: string;
  readonly value: number | string;
  readonly unit: string;
  /** Short and plain: "Normalized power 245 W". */
  readonly label: string;
  readonly sessionIds: readonly string[];
}

/** What facts need of a session: its summary numbers and its load. */
export interface SessionRecord {
  readonly id: string;
  readonly day: number;
  readonly sport: Sport;
  readonly movingS: number;
  readonly distanceM: number | null;
  readonly avgHr: number | null;
  readonly avgSpeed: number | null;
  readonly avgPowerW: number | null;
  readonly load: LoadScore | null;
}

export function sessionRecord(session: Session, load: LoadScore | null): SessionRecord {
  return {
    id: session.id,
    day: dayNumber(session.start, session.utcOffsetS),
    sport: session.sport,
    movingS: session.movingS,
    distanceM: session.distanceM,
    avgHr: session.avgHr,
    avgSpeed: session.avgSpeed,
    avgPowerW: session.avgPowerW,
    load,
  };
}

/** The done side of plan matching (plans/match.ts). */
export function doneSession(s: SessionRecord): DoneSession {
  return {
    id: s.id,
    day: s.day,
    sport: s.sport,
    movingS: s.movingS,
    distanceM: s.distanceM,
    load: s.load?.value ?? null,
  };
}

/** '+4%' / '-3%'. */
export function formatPercent(pct: number): string {
  return `${pct >= 0 ? '+' : ''}${round(pct, 0)}%`;
}
