import type { DayRow, TrainingLog } from '../days/training-log';
import type { RecordHistory } from '../days/records';
import type { SessionAnalysis } from '../session/analyze-session';
import { LOAD_METHOD_NAMES } from '../session/load-method-names';
import { similarSessions } from './similar-sessions';
import { formatDuration, round, type UnitSystem } from '../../model';
import { pushClimbs, pushLapDigest } from './lap-digest';
import { pushOwnNumbers, pushZoneTimes, type SessionSummary } from './own-numbers';
import { formatPercent } from './types';
import type { Fact, SessionRecord } from './types';

export interface SessionFactsInput {
  readonly session: SessionRecord;
  /** The session's own numbers and laps: what it was, stated first. */
  readonly summary?: SessionSummary;
  /** The athlete's units for distances, ascent and speed (default metric). */
  readonly units?: UnitSystem;
  readonly analysis?: SessionAnalysis;
  /** Other sessions to compare with (any order; the target may be among them). */
  readonly history: readonly SessionRecord[];
  readonly log?: TrainingLog;
  readonly records?: readonly RecordHistory[];
}

/**
 * Facts about one session, in a fixed order: its own numbers (duration,
 * distance, ascent, heart rate, speed, power), load and intensity, time in
 * zones, its laps or climbs; then how it compares with similar sessions (same
 * sport, similar duration, last 90 days), heart rate per unit of output now
 * versus then, records it set, and where it sits in the fitness/fatigue picture.
 */
export function sessionFacts(input: SessionFactsInput): Fact[] {
  const { session: s, analysis: a } = input;
  const id = `session.${s.id}`;
  const own = [s.id];
  const facts: Fact[] = [];
  const push = (
    suffix: string,
    value: number | string,
    unit: string,
    label: string,
    sessionIds: readonly string[] = own,
  ) => facts.push({ id: `${id}.${suffix}`, value, unit, label, sessionIds });

  const units = input.units ?? 'metric';
  if (input.summary) pushOwnNumbers(input.summary, units, push);
  if (a?.normalizedPower != null)
    push('np', round(a.normalizedPower, 0), 'W', `Normalized power ${round(a.normalizedPower, 0)} W`);
  if (s.load)
    push(
      'load',
      round(s.load.value),
      'load',
      `Load ${round(s.load.value, 0)} (${LOAD_METHOD_NAMES[s.load.method]}: ${s.load.basis})`,
    );
  if (a?.intensityFactor != null)
    push('if', round(a.intensityFactor, 2), '', `Intensity factor ${round(a.intensityFactor, 2)}`);
  if (a?.variabilityIndex != null)
    push('vi', round(a.variabilityIndex, 2), '', `Variability index ${round(a.variabilityIndex, 2)}`);
  pushZoneTimes(a, push);
  if (input.summary) {
    if (input.summary.laps.length >= 2) pushLapDigest(input.summary.laps, s.sport, units, push);
    else pushClimbs(a?.climbs ?? [], units, push);
  }
  if (a?.efficiencyFactor != null)
    push(
      'ef',
      round(a.efficiencyFactor, 2),
      a.normalizedPower != null ? 'W/bpm' : '(m/min)/bpm',
      `Efficiency factor ${round(a.efficiencyFactor, 2)}`,
    );
  if (a?.decouplingPct != null)
    push(
      'decoupling',
      round(a.decouplingPct),
      '%',
      `Aerobic decoupling ${round(a.decouplingPct)}% (second half vs first)`,
    );

  const similar = similarSessions(s, input.history);
  const similarIds = similar.map((x) => x.id);
  push(
    'similar.count',
    similar.length,
    'sessions',
    `${similar.length} similar ${s.sport} sessions in the previous 90 days`,
    similarIds,
  );
  if (similar.length > 0) {
    const withSelf = [s.id, ...similarIds];
    const compare = (suffix: string, pick: (x: SessionRecord) => number | null, what: string) => {
      const now = pick(s);
      const then = averageOf(similar, pick);
      if (now === null || then === null || then === 0) return;
      const pct = ((now - then) / then) * 100;
      push(`similar.${suffix}`, round(pct), '%', `${what} ${formatPercent(pct)} vs similar sessions`, withSelf);
    };
    compare('load', (x) => x.load?.value ?? null, 'Load');
    compare('speed', (x) => x.avgSpeed, 'Average speed');
    compare('power', (x) => x.avgPowerW, 'Average power');
    compare('hr', (x) => x.avgHr, 'Average heart rate');
    // Heart rate at a given output: beats per watt (or per m/s); lower now means fitter.
    compare(
      'hr-per-power',
      (x) => (x.avgHr !== null && x.avgPowerW ? x.avgHr / x.avgPowerW : null),
      'Heart rate per watt',
    );
    compare(
      'hr-per-speed',
      (x) => (x.avgHr !== null && x.avgSpeed ? x.avgHr / x.avgSpeed : null),
      'Heart rate at the same pace',
    );
  }

  for (const r of input.records ?? []) {
    const set = r.progression.find((b) => b.sessionId === s.id);
    if (!set) continue;
    const shown = set.unit === 's' ? formatDuration(set.value, 'if-any') : `${round(set.value, 0)} ${set.unit}`;
    const previous = r.progression[r.progression.indexOf(set) - 1];
    push(
      `record.${r.key}`,
      round(set.value),
      set.unit,
      `Personal record: ${r.label} ${shown}`,
      previous ? [s.id, previous.sessionId] : own,
    );
  }

  const row = input.log?.row(s.day);
  if (row) pushForm(row, push);
  return facts;
}

function averageOf(list: readonly SessionRecord[], pick: (x: SessionRecord) => number | null): number | null {
  let sum = 0;
  let n = 0;
  for (const x of list) {
    const v = pick(x);
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
}

type Push = (suffix: string, value: number, unit: string, label: string) => void;

/** The fitness/fatigue picture of one day, as facts. */
export function pushForm(row: DayRow, push: Push): void {
  push('form.ctl', round(row.ctl), 'load/day', `Fitness (CTL) ${round(row.ctl, 0)}`);
  push('form.atl', round(row.atl), 'load/day', `Fatigue (ATL) ${round(row.atl, 0)}`);
  push('form.tsb', round(row.tsb), 'load/day', `Form (TSB, yesterday's CTL - ATL) ${round(row.tsb, 0)}`);
  push('form.ramp', round(row.rampRate), 'CTL/week', `CTL change over 7 days ${round(row.rampRate)}`);
  if (!Number.isNaN(row.acwrEwma))
    push('form.acwr', round(row.acwrEwma, 2), 'ratio', `Acute:chronic load (ATL/CTL) ${round(row.acwrEwma, 2)}`);
}
