import { dayToIsoDate } from '../common/day';
import type { TrainingLog } from '../days/training-log';
import { matchPlans } from '../plans/match';
import type { PlannedSession } from '../plans/types';
import { isoDateToDay } from '../common/day';
import { wellnessFlags } from '../wellness/flags';
import type { WellnessDay } from '../wellness/types';
import { pushForm } from './session-facts';
import { wellnessMeasure } from './wellness-facts';
import { round, type UnitSystem } from '../../model';
import { roadDistance } from './fact-units';
import { doneSession, formatPercent } from './types';
import type { Fact, SessionRecord } from './types';

export interface PeriodFactsInput {
  /** Inclusive day numbers: a week is [monday, monday + 6]. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly sessions: readonly SessionRecord[];
  readonly log?: TrainingLog;
  readonly plans?: readonly PlannedSession[];
  readonly wellness?: readonly WellnessDay[];
  /** How many earlier periods of the same length make "normal" (default 6). */
  readonly normalPeriods?: number;
  /** The athlete's units for the distance (default metric). */
  readonly units?: UnitSystem;
}

/**
 * Facts about a week or a block, in a fixed order: volume and load; the same
 * against the athlete's normal (the average of the previous periods of equal
 * length) and against the plan; form at the end; wellness flags at the end.
 */
export function periodFacts(input: PeriodFactsInput): Fact[] {
  const { fromDay, toDay } = input;
  const length = toDay - fromDay + 1;
  const id = `${length === 7 ? 'week' : 'block'}.${dayToIsoDate(fromDay)}`;
  const inPeriod = (d: number) => d >= fromDay && d <= toDay;
  const sessions = input.sessions.filter((s) => inPeriod(s.day));
  const ids = sessions.map((s) => s.id);
  const facts: Fact[] = [];
  const push = (
    suffix: string,
    value: number | string,
    unit: string,
    label: string,
    sessionIds: readonly string[] = ids,
  ) => facts.push({ id: `${id}.${suffix}`, value, unit, label, sessionIds });

  const total = totals(sessions);
  push('sessions', sessions.length, 'sessions', `${sessions.length} sessions`);
  push('time', round(total.movingS / 3600, 2), 'h', `${round(total.movingS / 3600, 1)} h moving`);
  const distance = roadDistance(total.distanceM, input.units ?? 'metric', 1);
  push('distance', distance.value, distance.unit, distance.text);
  push('load', round(total.load), 'load', `Load ${round(total.load, 0)}`);

  const periods = input.normalPeriods ?? 6;
  const earlier = input.sessions.filter((s) => s.day < fromDay && s.day >= fromDay - periods * length);
  if (earlier.length > 0) {
    const normal = totals(earlier);
    const earlierIds = earlier.map((s) => s.id);
    const vs = (suffix: string, now: number, usual: number, what: string) => {
      if (usual <= 0) return;
      const pct = ((now - usual / periods) / (usual / periods)) * 100;
      push(
        `vs-normal.${suffix}`,
        round(pct),
        '%',
        `${what} ${formatPercent(pct)} vs the previous ${periods} periods' average`,
        [...ids, ...earlierIds],
      );
    };
    vs('time', total.movingS, normal.movingS, 'Time');
    vs('load', total.load, normal.load, 'Load');
  }

  const plans = (input.plans ?? []).filter((p) => inPeriod(isoDateToDay(p.date)));
  if (plans.length > 0) {
    const match = matchPlans(plans, sessions.map(doneSession));
    const count = (c: 'green' | 'yellow' | 'red', done: boolean) =>
      match.plans.filter((m) => m.colour === c && (m.doneId !== null) === done).length;
    push('plan.planned', plans.length, 'sessions', `${plans.length} sessions planned`, []);
    push(
      'plan.done',
      count('green', true),
      'sessions',
      `${count('green', true)} planned sessions done as planned`,
      match.plans.flatMap((m) => (m.colour === 'green' && m.doneId ? [m.doneId] : [])),
    );
    push(
      'plan.partial',
      count('yellow', true) + count('red', true),
      'sessions',
      `${count('yellow', true) + count('red', true)} planned sessions done off target`,
    );
    push('plan.missed', count('red', false), 'sessions', `${count('red', false)} planned sessions missed`, []);
    push(
      'plan.unplanned',
      match.unplanned.length,
      'sessions',
      `${match.unplanned.length} unplanned sessions`,
      match.unplanned.map((u) => u.id),
    );
    const plannedLoad = plans.reduce((s, p) => s + (p.targetLoad ?? 0), 0);
    if (plannedLoad > 0) {
      const pct = (total.load / plannedLoad) * 100;
      push('plan.load', round(pct), '%', `Load ${round(pct, 0)}% of the ${round(plannedLoad, 0)} planned`);
    }
  }

  const row = input.log?.row(toDay);
  if (row) {
    pushForm(row, (suffix, value, unit, label) => push(suffix, value, unit, label));
    if (!Number.isNaN(row.monotony))
      push('form.monotony', round(row.monotony, 2), 'ratio', `Monotony (Foster) ${round(row.monotony, 2)}`);
  }

  for (const flag of wellnessFlags(input.wellness ?? [], toDay)) {
    const b = flag.baseline;
    const { label, value, unit } = wellnessMeasure(flag.metric, b.recent);
    const [low, high] = [wellnessMeasure(flag.metric, b.low).value, wellnessMeasure(flag.metric, b.high).value];
    push(
      `wellness.${flag.metric}`,
      value,
      unit,
      `${label} 7-day average ${value} ${unit} is ${flag.position} its normal range ${low}-${high} ${unit} (${flag.meaning})`,
      [],
    );
  }
  return facts;
}

function totals(list: readonly SessionRecord[]) {
  return list.reduce(
    (t, s) => ({
      movingS: t.movingS + s.movingS,
      distanceM: t.distanceM + (s.distanceM ?? 0),
      load: t.load + (s.load?.value ?? 0),
    }),
    { movingS: 0, distanceM: 0, load: 0 },
  );
}
