import type { SessionRecord } from './types';

/** "Similar" for comparisons: same sport, moving time within +-25 %, in the 90 days before. */
export const SIMILAR_DURATION_TOLERANCE = 0.25;
export const SIMILAR_LOOKBACK_DAYS = 90;

export function similarSessions(target: SessionRecord, history: readonly SessionRecord[]): SessionRecord[] {
  return history.filter(
    (s) =>
      s.id !== target.id &&
      s.sport === target.sport &&
      s.day < target.day &&
      s.day >= target.day - SIMILAR_LOOKBACK_DAYS &&
      Math.abs(s.movingS - target.movingS) <= SIMILAR_DURATION_TOLERANCE * target.movingS,
  );
}
