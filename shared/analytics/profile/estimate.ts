import type { Session, Streams } from '../../model';
import { MS_PER_DAY } from '../common/day';
import { percentile } from '../common/stats';
import { sessionEfforts, type EffortKey, type SessionEfforts } from './session-efforts';
import type { ThresholdEntry, ThresholdKey } from './types';

/**
 * Thresholds estimated from the athlete's own data when none is set, each marked
 * `estimated: true` with how it was made and the effort behind it, in force from
 * the first session. One function for the command line's `report` and the panel.
 *
 * Each is the usual field-test rule applied to the best effort a coach would believe:
 * - FTP: 95 % of the best 20-minute power riding (Allen & Coggan's 20-minute test).
 * - Threshold HR: the best 20-minute average HR riding or running (Friel's LTHR test
 *   averages the last 20 minutes of a 30-minute solo effort).
 * - Max HR: the highest HR held for 10 seconds.
 * - Resting HR: the 5th percentile of daily resting HR readings when given.
 * - Threshold run speed: the best 30-minute average speed running (Friel's 30-minute run test).
 * - Swim critical speed: (400 - 200) / (t400 - t200) from the best 400 m and 200 m (Swim Smooth's CSS test).
 *
 * Believable means: samples outside what a body does are faults, not efforts
 * (effort-bounds.ts, clean-channel.ts); an effort must be sustained (20 or 30
 * minutes with at most 5 % missing, maximum HR held 10 s); the last 365 days
 * are preferred (older efforts only when there is nothing recent, and said so);
 * and sessions must agree: with three or more, a best that stands further above
 * every other than AGREEMENT allows is set aside as a fault and said so. When
 * nothing qualifies, `thin` says why instead of guessing.
 */
export interface EstimateInput {
  readonly sessions: readonly Session[];
  /** Samples by session id, when stored apart from the sessions. */
  readonly streams?: ReadonlyMap<string, Streams>;
  /** Daily resting HR readings (wellness), bpm. */
  readonly restingHrs?: readonly number[];
}

/** The effort an estimate was taken from, so the athlete can open it. */
export interface EstimateEffort {
  readonly sessionId: string;
  /** Local date, 'YYYY-MM-DD'. */
  readonly date: string;
  /** What was measured (W, bpm or m/s), before any percentage was applied. */
  readonly value: number;
  readonly startS: number;
  readonly durationS: number;
}

export interface ThresholdEstimate extends ThresholdEntry {
  readonly estimated: true;
  readonly how: string;
  /** Null for resting HR (from wellness readings) and a summary-only max HR. */
  readonly effort: EstimateEffort | null;
  /** How many sessions had an effort of this kind in the span used. */
  readonly sessions: number;
}

/** A threshold that could not be estimated, and why, in words. */
export interface ThinData {
  readonly key: ThresholdKey;
  readonly why: string;
}

export interface ThresholdEstimates {
  readonly estimates: readonly ThresholdEstimate[];
  readonly thin: readonly ThinData[];
}

/** Below this share of max HR a 20-minute HR is said to be a lower bound for LTHR. */
export const LTHR_MIN_OF_MAX = 0.85;

/** Efforts older than this before the newest session are used only when nothing is more recent. */
export const RECENT_DAYS = 365;

/**
 * How far (as a fraction) a heart-rate best may stand above the next session's
 * before it is set aside as a sensor fault, judged with three or more sessions of
 * any age: a true maximum is approached again in other hard sessions, and a
 * 20-minute HR in other sustained efforts, within 15 % (a runner's maximum sits
 * 5-10 % above the same athlete's on a bike, so a closer rule would set aside real runs). Straps and optical
 * sensors fail in ways the bounds miss (locking onto cadence, doubling). Power and
 * pace are not judged this way: one test legitimately stands far above easy days,
 * and a power meter's faults are caught by the bounds and by riding sports only.
 */
export const AGREEMENT: Readonly<Record<EffortKey, number | null>> = {
  ftp: null,
  thresholdHr: 0.15,
  maxHr: 0.15,
  thresholdRunSpeed: null,
  swimCss: null,
};

const NONE: Readonly<Record<EffortKey, string>> = {
  ftp: 'no ride has 20 minutes of believable power',
  thresholdHr: 'no ride or run has 20 minutes of believable heart rate',
  maxHr: 'no session has believable heart rate',
  thresholdRunSpeed: 'no run has 30 minutes of believable speed',
  swimCss: 'no swim has a 400 m with distance recorded',
};

interface Candidate {
  readonly session: SessionEfforts;
  readonly value: number;
  readonly startS: number;
  readonly durationS: number;
}

const pct = (a: number, b: number) => Math.round((a / b - 1) * 100);

function describe(key: EffortKey, c: Candidate): string {
  const on = c.session.date;
  switch (key) {
    case 'ftp':
      return `95% of the best 20-minute power, ${Math.round(c.value)} W on ${on}`;
    case 'thresholdHr':
      return `best 20-minute average heart rate, ${Math.round(c.value)} bpm on ${on}`;
    case 'maxHr':
      return `highest heart rate held for 10 seconds, ${Math.round(c.value)} bpm on ${on}`;
    case 'thresholdRunSpeed':
      return `best 30-minute average speed running, on ${on}`;
    case 'swimCss':
      return `critical swim speed from the best 200 m and 400 m, on ${on}`;
  }
}

/** Picks one key's estimate from every session's efforts; null (with why) when nothing qualifies. */
function pick(
  key: EffortKey,
  all: readonly SessionEfforts[],
  newest: number,
): { estimate: Omit<ThresholdEstimate, 'from'> } | { why: string } {
  const candidates: Candidate[] = all.flatMap((session) =>
    session.efforts
      .filter((e) => e.key === key)
      .map((e) => ({ session, value: e.value, startS: e.startS, durationS: e.durationS })),
  );
  if (candidates.length === 0) return { why: NONE[key] };
  // Agreement is judged against every session, of any age; recency then chooses among what is left.
  const agreed = candidates.sort((a, b) => b.value - a.value);
  const notes: string[] = [];
  const tolerance = AGREEMENT[key];
  while (tolerance !== null && agreed.length >= 3 && agreed[0]!.value > agreed[1]!.value * (1 + tolerance)) {
    const out = agreed.shift()!;
    const shown = `${Math.round(out.value)} bpm on ${out.session.date}`;
    notes.push(`set aside ${shown}, ${pct(out.value, agreed[0]!.value)}% above any other session`);
  }
  const recent = agreed.filter((c) => c.session.start >= newest - RECENT_DAYS * MS_PER_DAY);
  const pool = recent.length > 0 ? recent : agreed;
  if (recent.length === 0) notes.unshift('nothing in the last year, so an older effort');
  if (pool.length === 1) notes.push('one session only');
  const best = pool[0]!;
  const value = key === 'ftp' ? 0.95 * best.value : best.value;
  const how = [describe(key, best), ...notes].join('; ');
  return {
    estimate: {
      key,
      value,
      estimated: true,
      how,
      sessions: pool.length,
      effort: {
        sessionId: best.session.sessionId,
        date: best.session.date,
        value: best.value,
        startS: best.startS,
        durationS: best.durationS,
      },
    },
  };
}

const KEYS: readonly EffortKey[] = ['ftp', 'thresholdHr', 'maxHr', 'thresholdRunSpeed', 'swimCss'];

/** Estimates from efforts already taken from each session (sessionEfforts), so a library need not hold all samples at once. */
export function estimateFromEfforts(
  efforts: readonly SessionEfforts[],
  options: { readonly from: number; readonly restingHrs?: readonly number[] },
): ThresholdEstimates {
  if (efforts.length === 0) return { estimates: [], thin: [] };
  const newest = Math.max(...efforts.map((e) => e.start));
  const summaryMaxHrs = efforts.flatMap((e) =>
    e.summaryMaxHr === null ? [] : [{ bpm: e.summaryMaxHr, date: e.date }],
  );
  const estimates: ThresholdEstimate[] = [];
  const thin: ThinData[] = [];
  for (const key of KEYS) {
    const r = pick(key, efforts, newest);
    if ('estimate' in r) estimates.push({ ...r.estimate, from: options.from });
    else if (key === 'maxHr' && summaryMaxHrs.length > 0) {
      const top = summaryMaxHrs.reduce((a, b) => (b.bpm > a.bpm ? b : a));
      estimates.push({
        key,
        value: top.bpm,
        from: options.from,
        estimated: true,
        how: `highest heart rate a file's summary gives, on ${top.date} (no samples to check it against)`,
        effort: null,
        sessions: summaryMaxHrs.length,
      });
    } else thin.push({ key, why: r.why });
  }
  // LTHR sits at about 85-92 % of max HR (Friel); a best 20 minutes below 85 % was no threshold effort.
  const lthr = estimates.find((e) => e.key === 'thresholdHr');
  const max = estimates.find((e) => e.key === 'maxHr');
  if (lthr && max && lthr.value < LTHR_MIN_OF_MAX * max.value) {
    const share = Math.round((lthr.value / max.value) * 100);
    const how = `${lthr.how}; only ${share}% of max HR, so probably an easier effort: a lower bound`;
    estimates[estimates.indexOf(lthr)] = { ...lthr, how };
  }
  const rest = options.restingHrs ?? [];
  if (rest.length > 0) {
    estimates.push({
      key: 'restHr',
      value: percentile(rest, 5),
      from: options.from,
      estimated: true,
      how: `5th percentile of ${rest.length} daily resting heart rates`,
      effort: null,
      sessions: 0,
    });
  } else thin.push({ key: 'restHr', why: 'no resting heart rate logged in Wellness' });
  return { estimates: sortByKey(estimates), thin };
}

const ORDER: readonly ThresholdKey[] = ['ftp', 'thresholdHr', 'maxHr', 'restHr', 'thresholdRunSpeed', 'swimCss'];
const sortByKey = (e: ThresholdEstimate[]) => e.sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));

/** Every estimate with how it was made, and what could not be estimated. */
export function estimateThresholdsDetailed(input: EstimateInput): ThresholdEstimates {
  const { sessions } = input;
  if (sessions.length === 0) return { estimates: [], thin: [] };
  const efforts = sessions.map((s) => sessionEfforts(s, input.streams?.get(s.id) ?? s.streams));
  return estimateFromEfforts(efforts, {
    from: Math.min(...sessions.map((s) => s.start)),
    ...(input.restingHrs ? { restingHrs: input.restingHrs } : {}),
  });
}

/** The estimates as dated threshold entries (what `withEstimates` and the command line take). */
export function estimateThresholds(input: EstimateInput): ThresholdEntry[] {
  return [...estimateThresholdsDetailed(input).estimates];
}
