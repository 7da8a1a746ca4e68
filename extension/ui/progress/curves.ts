// The season's power and pace curves from every session's bests: for each
// duration (or distance) the best in the season and the session that set it.
import type { SessionBest } from '../../../shared/analytics';
import type { Season } from './season';

export interface CurveBest {
  /** Seconds (power) or metres (pace). */
  readonly x: number;
  /** W, or seconds over the distance. */
  readonly value: number;
  readonly sessionId: string;
  readonly day: number;
}

const inSeason = (b: SessionBest, season: Season) => b.day >= season.from && b.day <= season.to;

function bestBy(bests: readonly SessionBest[], prefix: string, season: Season): CurveBest[] {
  const best = new Map<number, CurveBest>();
  for (const b of bests) {
    if (!b.key.startsWith(prefix) || !inSeason(b, season)) continue;
    const x = Number(b.key.slice(prefix.length));
    const current = best.get(x);
    const better = current === undefined || (b.better === 'lower' ? b.value < current.value : b.value > current.value);
    if (better) best.set(x, { x, value: b.value, sessionId: b.sessionId, day: b.day });
  }
  return [...best.values()].sort((a, b) => a.x - b.x);
}

/** Cycling's mean-maximal power curve for the season (running power is another scale, so not mixed in). */
export const powerCurve = (bests: readonly SessionBest[], season: Season) => bestBy(bests, 'cycling.power.', season);

/** Running's fastest time over each standard distance in the season. */
export const paceCurve = (bests: readonly SessionBest[], season: Season) => bestBy(bests, 'running.distance.', season);
