// A session set against the plan it was meant to carry out (matched by
// plans/match.ts): what was meant (targets, steps), what happened (done
// against each target; each lap against its step when the laps follow the
// steps one to one) and how far the two agree, so a summary can judge the
// session by its intent rather than by how hard it was.
import { formatDuration, round, type Lap, type PlanStep, type Sport, type UnitSystem } from '../../model';
import type { ComplianceColour, SessionCompliance } from '../plans/compliance';
import { flattenSteps } from '../plans/flatten-steps';
import type { PlannedSession } from '../plans/types';
import { distanceMeasure, speedMeasure } from './fact-units';
import type { Fact, SessionRecord } from './types';

export interface IntentFactsInput {
  readonly plan: PlannedSession;
  readonly compliance: SessionCompliance;
  readonly session: SessionRecord;
  readonly laps: readonly Lap[];
  readonly units: UnitSystem;
}

/** A long structured workout is summed up after this many steps. */
export const MAX_STEP_LINES = 12;

const COLOUR_WORDS: Readonly<Record<ComplianceColour, string>> = {
  green: 'done as planned (within 20% of the target)',
  yellow: 'done off target (20-50% away from it)',
  red: 'far from the plan (more than 50% away)',
};

export function intentFacts(input: IntentFactsInput): Fact[] {
  const { plan, compliance, session: s, units } = input;
  const id = `plan.${plan.id}`;
  const both = [s.id];
  const facts: Fact[] = [];
  const push = (suffix: string, value: number | string, unit: string, label: string) =>
    facts.push({ id: `${id}.${suffix}`, value, unit, label, sessionIds: both });
  const planned = `Planned ${plan.sport} on ${plan.date}`;

  const pct = (done: number, target: number) => `${round((done / target) * 100, 0)}% of it`;
  if (plan.targetDurationS !== undefined) {
    const minutes = Math.round(plan.targetDurationS / 60);
    push(
      'duration',
      minutes,
      'min',
      `${planned}: ${minutes} min; done ${Math.round(s.movingS / 60)} min moving, ${pct(s.movingS, plan.targetDurationS)}`,
    );
  }
  if (plan.targetDistanceM !== undefined) {
    const target = distanceMeasure(plan.targetDistanceM, plan.sport, units);
    const done =
      s.distanceM === null
        ? 'no distance recorded'
        : `done ${distanceMeasure(s.distanceM, s.sport, units).text}, ${pct(s.distanceM, plan.targetDistanceM)}`;
    push('distance', target.value, target.unit, `${planned}: ${target.text}; ${done}`);
  }
  if (plan.targetLoad !== undefined) {
    const done =
      s.load === null ? 'load not scored' : `done ${round(s.load.value, 0)}, ${pct(s.load.value, plan.targetLoad)}`;
    push('load', plan.targetLoad, 'load', `${planned}: load ${plan.targetLoad}; ${done}`);
  }
  const measured = compliance.measure === null ? '' : ` on ${compliance.measure}`;
  push(
    'compliance',
    compliance.ratio === null ? compliance.colour : round(compliance.ratio * 100, 0),
    compliance.ratio === null ? '' : '%',
    `Against its plan${measured}: ${COLOUR_WORDS[compliance.colour]}`,
  );

  const steps = flattenSteps(plan.steps ?? []);
  // Laps that follow the steps one to one (a device running the structured workout) are read against them.
  const laps = input.laps.length === steps.length ? input.laps : [];
  steps.slice(0, MAX_STEP_LINES).forEach((step, i) => {
    const lap = laps[i];
    const done = lap ? `; lap ${i + 1}: ${lapAgainst(step, lap, plan.sport, units)}` : '';
    push(
      `step.${i + 1}`,
      step.durationS ?? step.distanceM ?? i + 1,
      step.durationS !== undefined ? 's' : step.distanceM !== undefined ? 'm' : 'step',
      `Planned step ${i + 1} of ${steps.length}: ${stepWords(step, plan.sport, units)}${done}`,
    );
  });
  if (steps.length > MAX_STEP_LINES)
    push('steps.more', steps.length - MAX_STEP_LINES, 'steps', `${steps.length - MAX_STEP_LINES} more planned steps`);
  return facts;
}

function stepWords(step: PlanStep, sport: Sport, units: UnitSystem): string {
  const parts: string[] = [];
  if (step.label) parts.push(step.label);
  if (step.durationS !== undefined) parts.push(formatDuration(step.durationS));
  if (step.distanceM !== undefined) parts.push(distanceMeasure(step.distanceM, sport, units).text);
  if (step.target) parts.push(`at ${targetWords(step.target, sport, units)}`);
  return parts.join(' ');
}

type Target = NonNullable<PlanStep['target']>;

/** Power in W, heart rate in bpm, shares of FTP or threshold HR, zones; a pace target is a speed range in m/s. */
function targetWords(t: Target, sport: Sport, units: UnitSystem): string {
  switch (t.kind) {
    case 'power':
      return `${round(t.low, 0)}-${round(t.high, 0)} W`;
    case 'hr':
      return `${round(t.low, 0)}-${round(t.high, 0)} bpm`;
    case 'ftp':
      return `${round(t.low * 100, 0)}-${round(t.high * 100, 0)} % of FTP`;
    case 'threshold-hr':
      return `${round(t.low * 100, 0)}-${round(t.high * 100, 0)} % of threshold heart rate`;
    case 'power-zone':
      return `power zone ${t.zone}`;
    case 'hr-zone':
      return `heart-rate zone ${t.zone}`;
    case 'pace':
      return `${speedMeasure(t.low, sport, units).text} to ${speedMeasure(t.high, sport, units).text}`;
  }
}

function lapAgainst(step: PlanStep, lap: Lap, sport: Sport, units: UnitSystem): string {
  const parts = [formatDuration(lap.movingS)];
  if (lap.distanceM !== null && step.distanceM !== undefined)
    parts.push(distanceMeasure(lap.distanceM, sport, units).text);
  const t = step.target;
  // Targets relative to thresholds or zones are described, not judged here: the detail's step compliance does that.
  if (!t || (t.kind !== 'power' && t.kind !== 'hr' && t.kind !== 'pace')) return parts.join(', ');
  const done = t.kind === 'power' ? lap.avgPowerW : t.kind === 'hr' ? lap.avgHr : lap.avgSpeed;
  if (done === null) return `${parts.join(', ')}, no ${t.kind === 'hr' ? 'heart rate' : t.kind} recorded`;
  const shown =
    t.kind === 'power'
      ? `${round(done, 0)} W`
      : t.kind === 'hr'
        ? `${round(done, 0)} bpm`
        : speedMeasure(done, sport, units).text;
  const [low, high] = [Math.min(t.low, t.high), Math.max(t.low, t.high)];
  // A pace target is a speed range: above it is faster than planned.
  const [under, over] = t.kind === 'pace' ? ['slower than', 'faster than'] : ['below', 'above'];
  const where = done < low ? `${under} the target` : done > high ? `${over} the target` : 'within the target';
  return `${parts.join(', ')}, average ${shown}, ${where}`;
}
