import type { Session } from '../../model';
import { dayNumber } from '../common/day';
import type { LoadScore } from '../session/score-load';
import type { LoadEntry } from './training-log';

/** The entry the daily series keep for a session; an unscored session still counts its time and distance, with load 0. */
export function loadEntry(session: Session, load: LoadScore | null): LoadEntry {
  return {
    id: session.id,
    day: dayNumber(session.start, session.utcOffsetS),
    load: load?.value ?? 0,
    sport: session.sport,
    movingS: session.movingS,
    distanceM: session.distanceM,
  };
}
