import type { Session, Sport, Streams, Summary } from '../../model';
import { thresholdsAt } from '../profile/thresholds-at';
import type { AthleteProfile, ResolvedThreshold, Thresholds } from '../profile/types';
import { activeMean, activeSeconds, toChannels } from './channels';
import type { Channels } from './channels';
import { gradeAdjustedSpeed } from './grade-adjusted';
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
import { normalizedPower } from './normalized-power';
import { trimpFromSamples } from './trimp';

/**
 * Which signal a load number came from. Athletes compare numbers across apps, so
 * every load says how it was made (Sauce keeps this per activity; DOMAIN.md).
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

/**
 * Scores one stretch of training (a session or a leg) from the best signal it has:
 * power for rides, grade-adjusted pace for runs, pace for swims, then heart rate,
 * then perceived effort. Null when nothing can score it.
 */
export function scoreSummary(
  s: Summary,
  channels: Channels | null,
  t: Thresholds,
  rpe: number | null,
  options: LoadOptions = {},
): LoadScore | null {
  const bySport = isFootSport(s.sport)
    ? scoreRun(s, channels, t)
    : s.sport === 'swimming'
      ? scoreSwim(s, t)
      : scorePower(s, channels, t);
  return bySport ?? scoreHeartRate(s, channels, t, options) ?? scoreRpe(s, rpe);
}

/** Scores a session with the thresholds in force on its date; multisport legs are scored each and summed. */
export function scoreSession(
  session: Session,
  profile: AthleteProfile,
  options: LoadOptions & { readonly streams?: Streams } = {},
): LoadScore | null {
  const streams = options.streams ?? session.streams ?? null;
  if (session.legs.length === 0) {
    const t = thresholdsAt(profile, session.start, session.sport);
    return scoreSummary(session, streams ? toChannels(streams) : null, t, session.rpe, options);
  }
  const legs: LegLoad[] = session.legs.map((leg) => {
    const offsetS = (leg.start - session.start) / 1000;
    const channels = streams ? toChannels(streams, offsetS, offsetS + leg.elapsedS) : null;
    const load = scoreSummary(leg, channels, thresholdsAt(profile, leg.start, leg.sport), null, options);
    return { sport: leg.sport, start: leg.start, load };
  });
  const scored = legs.filter((l) => l.load !== null);
  if (scored.length === 0) return scoreRpe(session, session.rpe);
  return {
    value: scored.reduce((sum, l) => sum + l.load!.value, 0),
    method: 'multisport',
    basis: `sum of ${scored.length} of ${legs.length} legs: ${scored.map((l) => `${l.sport} ${l.load!.method}`).join(', ')}`,
    estimated: scored.some((l) => l.load!.estimated),
    legs,
  };
}

function isEstimated(...used: (ResolvedThreshold | null)[]): boolean {
  return used.some((u) => u?.estimated === true);
}

function scorePower(s: Summary, channels: Channels | null, t: Thresholds): LoadScore | null {
  if (!t.ftp) return null;
  const ftp = t.ftp.value;
  if (channels?.power) {
    const np = normalizedPower(channels.power);
    const seconds = activeSeconds(channels.power);
    if (np === null || seconds === 0) return null;
    return {
      value: powerTss(seconds, np, ftp),
      method: 'power-tss',
      basis: `NP ${Math.round(np)} W over ${seconds} s at FTP ${ftp} W`,
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

function scoreRun(s: Summary, channels: Channels | null, t: Thresholds): LoadScore | null {
  if (!t.thresholdRunSpeed) return null;
  const threshold = t.thresholdRunSpeed.value;
  const estimated = isEstimated(t.thresholdRunSpeed);
  if (channels?.speed) {
    const seconds = activeSeconds(channels.speed);
    if (seconds === 0) return null;
    if (channels.distance && channels.altitude) {
      const gap = activeMean(gradeAdjustedSpeed(channels.speed, channels.distance, channels.altitude));
      return {
        value: runningTss(seconds, gap, threshold),
        method: 'running-tss-gap',
        basis: `grade-adjusted speed ${gap.toFixed(2)} m/s over ${seconds} s at threshold ${threshold.toFixed(2)} m/s`,
        estimated,
      };
    }
    const speed = activeMean(channels.speed);
    return {
      value: runningTss(seconds, speed, threshold),
      method: 'running-tss',
      basis: `speed ${speed.toFixed(2)} m/s (no altitude, so no grade adjustment) over ${seconds} s at threshold ${threshold.toFixed(2)} m/s`,
      estimated,
    };
  }
  if (s.distanceM === null || s.movingS <= 0) return null;
  const speed = s.distanceM / s.movingS;
  return {
    value: runningTss(s.movingS, speed, threshold),
    method: 'running-tss',
    basis: `average speed ${speed.toFixed(2)} m/s (no samples) over ${s.movingS} s at threshold ${threshold.toFixed(2)} m/s`,
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

function scoreHeartRate(s: Summary, channels: Channels | null, t: Thresholds, options: LoadOptions): LoadScore | null {
  if (!t.maxHr || !t.restHr || t.maxHr.value <= t.restHr.value) return null;
  const max = t.maxHr.value;
  const rest = t.restHr.value;
  const k = trimpSexFactor(t.sex);
  let trimp: number;
  let from: string;
  if (channels?.heartRate && activeSeconds(channels.heartRate) > 0) {
    trimp = trimpFromSamples(channels.heartRate, rest, max, k);
    from = `${activeSeconds(channels.heartRate)} s of heart rate`;
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
  return {
    value: sessionRpeLoad(rpe, s.movingS / 60),
    method: 'session-rpe',
    basis: `RPE ${rpe} x ${(s.movingS / 60).toFixed(1)} min`,
    estimated: false,
  };
}
