// A session's load from the best signal it has, always saying which. It scores
// from the threshold-free inputs of load-inputs.ts (taken from the samples, or
// kept on a stored row), so a session scores the same from its samples in the
// detail and from its row in a list of 5,000.
// Without a channel's samples (none, or a correction overrode them) it scores
// from the summary's value and says "from the summary", true in both cases.
import type { Session, Sport, Streams, Summary } from '../../model';
import { thresholdsAt } from '../profile/thresholds-at';
import type { AthleteProfile, ResolvedThreshold, Thresholds } from '../profile/types';
import { loadInputsOf, NO_SAMPLES, type LoadInputs, type StretchInputs } from './load-inputs';
import {
  defaultThresholdHr,
  hrTss,
  powerTss,
  runningTss,
  sessionRpeLoad,
  swimTss,
  trimpAt,
  trimpSexFactor,
} from './load-formulas';

/**
 * Which signal a load number came from. Athletes compare numbers across apps, so
 * every load says how it was made (Sauce keeps this per activity; docs/domain.md).
 */
export type LoadMethod =
  | 'power-tss'
  | 'running-tss-gap'
  | 'running-tss'
  | 'swim-tss'
  | 'hr-tss'
  | 'trimp'
  | 'session-rpe'
  | 'multisport';

export interface LoadScore {
  readonly value: number;
  readonly method: LoadMethod;
  /** The inputs in plain words: "NP 250 W over 1:00:00 at FTP 250 W". */
  readonly basis: string;
  /** True when a threshold it used was estimated rather than set by the athlete. */
  readonly estimated: boolean;
  /** Multisport: each leg's own score (null for a leg nothing could score). */
  readonly legs?: readonly LegLoad[];
}

export interface LegLoad {
  readonly sport: Sport;
  readonly start: number;
  readonly load: LoadScore | null;
}

export interface LoadOptions {
  /** Heart-rate load as hrTSS (default, on the TSS scale) or raw Banister TRIMP. */
  readonly hrMethod?: 'hr-tss' | 'trimp';
}

const FOOT_SPORTS: readonly Sport[] = ['running', 'walking', 'hiking'];

/** Sports scored on pace (and given pace zones). */
export function isFootSport(sport: Sport): boolean {
  return FOOT_SPORTS.includes(sport);
}

const isEstimated = (...used: (ResolvedThreshold | null)[]) => used.some((u) => u?.estimated === true);

function scorePower(s: Summary, power: StretchInputs['power'], t: Thresholds): LoadScore | null {
  if (!t.ftp) return null;
  const ftp = t.ftp.value;
  if (power !== null) {
    if (power.np === null || power.seconds === 0) return null;
    return {
      value: powerTss(power.seconds, power.np, ftp),
      method: 'power-tss',
      basis: `NP ${Math.round(power.np)} W over ${power.seconds} s at FTP ${ftp} W`,
      estimated: isEstimated(t.ftp),
    };
  }
  if (s.avgPowerW === null) return null;
  return {
    value: powerTss(s.movingS, s.avgPowerW, ftp),
    method: 'power-tss',
    basis: `average power ${Math.round(s.avgPowerW)} W from the summary (so no NP) over ${s.movingS} s at FTP ${ftp} W`,
    estimated: isEstimated(t.ftp),
  };
}

function scoreRun(s: Summary, speed: StretchInputs['speed'], t: Thresholds): LoadScore | null {
  if (!t.thresholdRunSpeed) return null;
  const threshold = t.thresholdRunSpeed.value;
  const estimated = isEstimated(t.thresholdRunSpeed);
  if (speed !== null) {
    if (speed.seconds === 0) return null;
    const over = `over ${speed.seconds} s at threshold ${threshold.toFixed(2)} m/s`;
    if (speed.gradeAdjusted !== null) {
      const gap = speed.gradeAdjusted;
      return {
        value: runningTss(speed.seconds, gap, threshold),
        method: 'running-tss-gap',
        basis: `grade-adjusted speed ${gap.toFixed(2)} m/s ${over}`,
        estimated,
      };
    }
    return {
      value: runningTss(speed.seconds, speed.mean, threshold),
      method: 'running-tss',
      basis: `speed ${speed.mean.toFixed(2)} m/s (no altitude, so no grade adjustment) ${over}`,
      estimated,
    };
  }
  if (s.distanceM === null || s.movingS <= 0) return null;
  const average = s.distanceM / s.movingS;
  return {
    value: runningTss(s.movingS, average, threshold),
    method: 'running-tss',
    basis: `average speed ${average.toFixed(2)} m/s from the summary over ${s.movingS} s at threshold ${threshold.toFixed(2)} m/s`,
    estimated,
  };
}

function scoreSwim(s: Summary, t: Thresholds): LoadScore | null {
  if (!t.swimCss || s.distanceM === null || s.distanceM <= 0 || s.movingS <= 0) return null;
  const css = t.swimCss.value;
  return {
    value: swimTss(s.distanceM, s.movingS, s.elapsedS, css),
    method: 'swim-tss',
    basis: `${s.distanceM} m in ${s.movingS} s moving (${s.elapsedS} s elapsed) at critical speed ${css.toFixed(2)} m/s`,
    estimated: isEstimated(t.swimCss),
  };
}

/** TRIMP and the seconds it covers, from the seconds spent at each heart-rate reading (the sum trimpFromSamples makes). */
function trimpOf(
  heartRate: NonNullable<StretchInputs['heartRate']>,
  rest: number,
  max: number,
  k: number,
): { trimp: number; seconds: number } {
  let trimp = 0;
  let seconds = 0;
  heartRate.bpm.forEach((bpm, i) => {
    const n = heartRate.seconds[i]!;
    trimp += trimpAt(n / 60, bpm, rest, max, k);
    seconds += n;
  });
  return { trimp, seconds };
}

function scoreHeartRate(
  s: Summary,
  heartRate: StretchInputs['heartRate'],
  t: Thresholds,
  options: LoadOptions,
): LoadScore | null {
  if (!t.maxHr || !t.restHr || t.maxHr.value <= t.restHr.value) return null;
  const max = t.maxHr.value;
  const rest = t.restHr.value;
  const k = trimpSexFactor(t.sex);
  const samples = heartRate === null ? null : trimpOf(heartRate, rest, max, k);
  let trimp: number;
  let from: string;
  if (samples !== null && samples.seconds > 0) {
    trimp = samples.trimp;
    from = `${samples.seconds} s of heart rate`;
  } else if (s.avgHr !== null) {
    trimp = trimpAt(s.movingS / 60, s.avgHr, rest, max, k);
    from = `average HR ${Math.round(s.avgHr)} bpm from the summary over ${s.movingS} s`;
  } else {
    return null;
  }
  const range = `rest ${rest}, max ${max} bpm, k ${k}`;
  if (options.hrMethod === 'trimp') {
    return {
      value: trimp,
      method: 'trimp',
      basis: `Banister TRIMP from ${from}; ${range}`,
      estimated: isEstimated(t.maxHr, t.restHr),
    };
  }
  const lthr = t.thresholdHr?.value ?? defaultThresholdHr(rest, max);
  const lthrText = t.thresholdHr
    ? `threshold HR ${lthr} bpm`
    : `threshold HR taken as rest + 85% of reserve (${Math.round(lthr)} bpm)`;
  return {
    value: hrTss(trimp, lthr, rest, max, k),
    method: 'hr-tss',
    basis: `TRIMP from ${from} over one hour at ${lthrText}; ${range}`,
    estimated: t.thresholdHr === null || isEstimated(t.maxHr, t.restHr, t.thresholdHr),
  };
}

function scoreRpe(s: Summary, rpe: number | null): LoadScore | null {
  if (rpe === null || s.movingS <= 0) return null;
  return {
    value: sessionRpeLoad(rpe, s.movingS / 60),
    method: 'session-rpe',
    basis: `RPE ${rpe} x ${(s.movingS / 60).toFixed(1)} min`,
    estimated: false,
  };
}

/**
 * Scores one stretch of training (a session or a leg) from the best signal it has:
 * power for rides, grade-adjusted pace for runs, pace for swims, then heart rate,
 * then perceived effort. Null when nothing can score it.
 */
function scoreStretch(
  s: Summary,
  inputs: StretchInputs,
  t: Thresholds,
  rpe: number | null,
  options: LoadOptions,
): LoadScore | null {
  const bySport = isFootSport(s.sport)
    ? scoreRun(s, inputs.speed, t)
    : s.sport === 'swimming'
      ? scoreSwim(s, t)
      : scorePower(s, inputs.power, t);
  return bySport ?? scoreHeartRate(s, inputs.heartRate, t, options) ?? scoreRpe(s, rpe);
}

/** What scoring reads of a session besides its samples' inputs. */
export type ScoredSession = Summary & Pick<Session, 'rpe' | 'legs'>;

/** Scores a session with the thresholds in force on its date; multisport legs are scored each and summed. */
export function scoreSession(
  session: Session,
  profile: AthleteProfile,
  options: LoadOptions & { readonly streams?: Streams } = {},
): LoadScore | null {
  return scoreFromInputs(session, loadInputsOf(session, options.streams ?? session.streams), profile, options);
}

/** scoreSession from a session's kept load inputs (null: no samples) instead of its samples. */
export function scoreFromInputs(
  row: ScoredSession,
  inputs: LoadInputs | null,
  profile: AthleteProfile,
  options: LoadOptions = {},
): LoadScore | null {
  if (row.legs.length === 0)
    return scoreStretch(row, inputs?.[0] ?? NO_SAMPLES, thresholdsAt(profile, row.start, row.sport), row.rpe, options);
  const legs: LegLoad[] = row.legs.map((leg, i) => ({
    sport: leg.sport,
    start: leg.start,
    load: scoreStretch(leg, inputs?.[i] ?? NO_SAMPLES, thresholdsAt(profile, leg.start, leg.sport), null, options),
  }));
  const scored = legs.filter((l) => l.load !== null);
  if (scored.length === 0) return scoreRpe(row, row.rpe);
  return {
    value: scored.reduce((sum, l) => sum + l.load!.value, 0),
    method: 'multisport',
    basis: `sum of ${scored.length} of ${legs.length} legs: ${scored.map((l) => `${l.sport} ${l.load!.method}`).join(', ')}`,
    estimated: scored.some((l) => l.load!.estimated),
    legs,
  };
}
