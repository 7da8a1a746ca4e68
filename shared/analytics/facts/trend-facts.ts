// Where a week or block sits in the story of the training: its load against
// the periods just before it, how many periods in a row the load has been
// built up, and fitness and fatigue at its end against theirs. So "third week
// of the build; fatigue higher than the last two" rests on facts.
import { round } from '../../model';
import { dayToIsoDate } from '../common/day';
import type { DayRow, TrainingLog } from '../days/training-log';
import type { Fact, SessionRecord } from './types';

export interface TrendFactsInput {
  /** Inclusive day numbers of the period. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly sessions: readonly SessionRecord[];
  readonly log?: TrainingLog;
}

/** How many periods before this one are compared with it. */
export const TREND_PERIODS = 3;

/**
 * A period builds on the one before when its load is at least 5% higher:
 * smaller changes are noise in a plan that repeats a week. A recovery period
 * is one at least 20% lighter than the one before.
 */
const BUILD_RISE = 1.05;
const RECOVERY_DROP = 0.8;

export function trendFacts(input: TrendFactsInput): Fact[] {
  const { fromDay, toDay } = input;
  const length = toDay - fromDay + 1;
  const period = length === 7 ? 'week' : 'block';
  const id = `${period}.${dayToIsoDate(fromDay)}.trend`;
  // Index 0 is this period, 1 the one before, and so on; one more than compared, to count a build.
  const spans = Array.from({ length: TREND_PERIODS + 2 }, (_, k) => ({
    from: fromDay - k * length,
    to: toDay - k * length,
  }));
  const inSpan = spans.map((s) => input.sessions.filter((x) => x.day >= s.from && x.day <= s.to));
  const loads = inSpan.map((list) => list.reduce((sum, x) => sum + (x.load?.value ?? 0), 0));
  const earlier = loads.slice(1, TREND_PERIODS + 1);
  if (earlier.every((l) => l === 0)) return [];

  const facts: Fact[] = [];
  const ids = (k: number) => inSpan.slice(0, k + 1).flatMap((list) => list.map((x) => x.id));
  const push = (suffix: string, value: number, unit: string, label: string, sessionIds: readonly string[]) =>
    facts.push({ id: `${id}.${suffix}`, value, unit, label, sessionIds });
  const before = `in the ${TREND_PERIODS} ${period}s before, latest first`;

  push(
    'load',
    round(loads[0]!),
    'load',
    `Load ${round(loads[0]!, 0)} this ${period} vs ${earlier.map((l) => round(l, 0)).join(', ')} ${before}`,
    ids(TREND_PERIODS),
  );

  let rising = 0;
  while (rising + 1 < loads.length && loads[rising]! >= loads[rising + 1]! * BUILD_RISE && loads[rising + 1]! > 0)
    rising++;
  const previous = loads[1]!;
  // The period after a lighter one, if it is heavier, is the first of a build.
  if (rising > 0)
    push(
      'build',
      rising,
      period,
      `${ordinal(rising)} ${period} of a build: load up at least 5% on the ${period} before` +
        (rising > 1 ? ` in each of the last ${rising} ${period}s` : ''),
      ids(rising),
    );
  else if (previous > 0 && loads[0]! <= previous * RECOVERY_DROP)
    push(
      'recovery',
      round((1 - loads[0]! / previous) * 100),
      '%',
      `A lighter ${period}: load ${round((1 - loads[0]! / previous) * 100, 0)}% below the ${period} before`,
      ids(1),
    );

  const log = input.log;
  if (log) {
    // This period's end and the two before it: "fatigue higher than the last two".
    const [now, ...then] = spans.slice(0, TREND_PERIODS).map((s) => log.row(s.to));
    const rows = then.filter((r): r is DayRow => r !== null);
    if (now && rows.length === then.length) {
      const endsBefore = `at the ends of the ${rows.length} ${period}s before, latest first`;
      push(
        'atl',
        round(now.atl),
        'load/day',
        `Fatigue (ATL) ${round(now.atl, 0)} at this ${period}'s end vs ${rows.map((r) => round(r.atl, 0)).join(', ')} ${endsBefore}`,
        ids(TREND_PERIODS - 1),
      );
      push(
        'ctl',
        round(now.ctl),
        'load/day',
        `Fitness (CTL) ${round(now.ctl, 0)} at this ${period}'s end vs ${rows.map((r) => round(r.ctl, 0)).join(', ')} ${endsBefore}`,
        ids(TREND_PERIODS - 1),
      );
    }
  }
  return facts;
}

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** "Third"; past the fifth, "6th". */
function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}
