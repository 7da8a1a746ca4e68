import type { Sport } from '../../model';
import { sportFamily } from '../../model';
import { BEST_EFFORT_NAMES } from '../session/best-efforts';
import type { SessionAnalysis } from '../session/analyze-session';

/** One session's best at one record kind: fastest 5 km, best 20-minute power. */
export interface SessionBest {
  /** Stable: 'running.distance.5000', 'cycling.power.1200'. */
  readonly key: string;
  readonly label: string;
  readonly sessionId: string;
  readonly day: number;
  readonly value: number;
  readonly unit: 's' | 'W' | 'm';
  /** Times are better lower; power and distance higher. */
  readonly better: 'lower' | 'higher';
}

export interface RecordHistory {
  readonly key: string;
  readonly label: string;
  readonly unit: SessionBest['unit'];
  /** Every time the record was set or beaten, oldest first; the last is the current record. */
  readonly progression: readonly SessionBest[];
}

/** The bests one analysed session offers: distance efforts, power curve points, farthest in a time. */
export function sessionBests(analysis: SessionAnalysis, sport: Sport, day: number): SessionBest[] {
  const family = sportFamily(sport);
  const base = { sessionId: analysis.sessionId, day };
  return [
    ...analysis.bestEfforts.map((e) => ({
      ...base,
      key: `${family}.distance.${e.distanceM}`,
      label: `${family} ${BEST_EFFORT_NAMES[e.distanceM] ?? `${e.distanceM} m`}`,
      value: e.seconds,
      unit: 's' as const,
      better: 'lower' as const,
    })),
    ...analysis.powerCurve.map((p) => ({
      ...base,
      key: `${family}.power.${p.durationS}`,
      label: `${family} best ${p.durationS} s power`,
      value: p.watts,
      unit: 'W' as const,
      better: 'higher' as const,
    })),
    ...analysis.distanceInTime.map((d) => ({
      ...base,
      key: `${family}.farthest.${d.durationS}`,
      label: `${family} farthest in ${d.durationS / 60} min`,
      value: d.distanceM,
      unit: 'm' as const,
      better: 'higher' as const,
    })),
  ];
}

/** Personal records over time: for each kind, the sessions that set or beat it, in date order. */
export function recordProgression(bests: Iterable<SessionBest>): RecordHistory[] {
  const byKey = new Map<string, SessionBest[]>();
  for (const b of bests) {
    const list = byKey.get(b.key) ?? [];
    list.push(b);
    byKey.set(b.key, list);
  }
  const out: RecordHistory[] = [];
  for (const [key, list] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => a.day - b.day || (a.sessionId < b.sessionId ? -1 : 1));
    const progression: SessionBest[] = [];
    for (const b of list) {
      const current = progression[progression.length - 1];
      if (!current || (b.better === 'lower' ? b.value < current.value : b.value > current.value)) progression.push(b);
    }
    out.push({ key, label: list[0]!.label, unit: list[0]!.unit, progression });
  }
  return out;
}
