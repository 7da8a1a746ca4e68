// A stored session's load from its row alone: the analytics' scoring
// (shared/analytics/session/score-load.ts, scoreSession and scoreSummary)
// followed step by step on the inputs kept from its samples (load-inputs.ts)
// instead of the samples: same order of signals, same formulas
// (load-formulas.ts), same words. So Today and the session detail give one
// load per session; score-stored.test.ts holds every branch to scoreSession's
// own answer. It follows, rather than calls, scoreSummary because that reads
// 1 Hz channels, which a list of 5,000 sessions must not load (the analytics
// taking these inputs themselves would end the twin). A row without
// samples, or stored before its inputs were kept, is scored from its summary,
// as the analytics score a session without samples.
import {
  defaultThresholdHr,
  hrTss,
  isFootSport,
  powerTss,
  runningTss,
  sessionRpeLoad,
  swimTss,
  thresholdsAt,
  trimpAt,
  trimpSexFactor,
  type AthleteProfile,
  type LegLoad,
  type LoadOptions,
  type LoadScore,
  type ResolvedThreshold,
  type Thresholds,
} from '../../shared/analytics';
import type { Summary } from '../../shared/model';
import type { StretchInputs } from './load-inputs';
import type { SessionRow } from './records';

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
    basis: `average power ${Math.round(s.avgPowerW)} W (no samples, so no NP) over ${s.movingS} s at FTP ${ftp} W`,
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
      return { value: runningTss(speed.seconds, gap, threshold), method: 'running-tss-gap', basis: `grade-adjusted speed ${gap.toFixed(2)} m/s ${over}`, estimated };
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
    basis: `average speed ${average.toFixed(2)} m/s (no samples) over ${s.movingS} s at threshold ${threshold.toFixed(2)} m/s`,
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
function trimpOf(heartRate: NonNullable<StretchInputs['heartRate']>, rest: number, max: number, k: number): { trimp: number; seconds: number } {
  let trimp = 0;
  let seconds = 0;
  heartRate.bpm.forEach((bpm, i) => {
    const n = heartRate.seconds[i]!;
    trimp += trimpAt(n / 60, bpm, rest, max, k);
    seconds += n;
  });
  return { trimp, seconds };
}

function scoreHeartRate(s: Summary, heartRate: StretchInputs['heartRate'], t: Thresholds, options: LoadOptions): LoadScore | null {
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
    from = `average HR ${Math.round(s.avgHr)} bpm over ${s.movingS} s (no samples)`;
  } else {
    return null;
  }
  const range = `rest ${rest}, max ${max} bpm, k ${k}`;
  if (options.hrMethod === 'trimp') {
    return { value: trimp, method: 'trimp', basis: `Banister TRIMP from ${from}; ${range}`, estimated: isEstimated(t.maxHr, t.restHr) };
  }
  const lthr = t.thresholdHr?.value ?? defaultThresholdHr(rest, max);
  const lthrText = t.thresholdHr ? `threshold HR ${lthr} bpm` : `threshold HR taken as rest + 85% of reserve (${Math.round(lthr)} bpm)`;
  return {
    value: hrTss(trimp, lthr, rest, max, k),
    method: 'hr-tss',
    basis: `TRIMP from ${from} over one hour at ${lthrText}; ${range}`,
    estimated: t.thresholdHr === null || isEstimated(t.maxHr, t.restHr, t.thresholdHr),
  };
}

function scoreRpe(s: Summary, rpe: number | null): LoadScore | null {
  if (rpe === null || s.movingS <= 0) return null;
  return { value: sessionRpeLoad(rpe, s.movingS / 60), method: 'session-rpe', basis: `RPE ${rpe} x ${(s.movingS / 60).toFixed(1)} min`, estimated: false };
}

const NO_SAMPLES: StretchInputs = { power: null, speed: null, heartRate: null };

/** scoreSummary's order: the sport's own signal, then heart rate, then perceived effort. */
function scoreStretch(s: Summary, inputs: StretchInputs, t: Thresholds, rpe: number | null, options: LoadOptions): LoadScore | null {
  const bySport = isFootSport(s.sport) ? scoreRun(s, inputs.speed, t) : s.sport === 'swimming' ? scoreSwim(s, t) : scorePower(s, inputs.power, t);
  return bySport ?? scoreHeartRate(s, inputs.heartRate, t, options) ?? scoreRpe(s, rpe);
}

/** The load scoreSession gives this session with its samples, from its row alone; multisport legs are scored each and summed. */
export function scoreStoredSession(row: SessionRow, profile: AthleteProfile, options: LoadOptions = {}): LoadScore | null {
  const inputs = row.loadInputs ?? null;
  if (row.legs.length === 0) return scoreStretch(row, inputs?.[0] ?? NO_SAMPLES, thresholdsAt(profile, row.start, row.sport), row.rpe, options);
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
