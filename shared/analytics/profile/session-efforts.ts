// The best efforts of one session that thresholds are estimated from
// (estimate.ts), each taken from cleaned samples (clean-channel.ts) and only
// from the sports where the field test applies. Small enough to keep per
// session, so a library need not hold every session's samples at once.
import type { Session, Sport, Streams } from '../../model';
import { dayNumber, dayToIsoDate } from '../common/day';
import { bestEffortsByDistance } from '../session/best-efforts';
import { bestWindowMean } from '../session/best-window';
import { stretchChannels, type Channels } from '../session/channels';
import { cleanHeartRate, withinBounds } from './clean-channel';
import {
  HR_MAX_BPM,
  MAX_HR_HELD_S,
  POWER_20MIN_MAX_W,
  POWER_SAMPLE_MAX_W,
  RUN_30MIN_MAX_MS,
  RUN_SAMPLE_MAX_MS,
  SWIM_400_MIN_S,
  SWIM_CSS_MAX_MS,
  WINDOW_MAX_MISSING,
} from './effort-bounds';

/** The thresholds an effort can estimate (resting HR comes from wellness, weight from the athlete). */
export type EffortKey = 'ftp' | 'thresholdHr' | 'maxHr' | 'thresholdRunSpeed' | 'swimCss';

export interface Effort {
  readonly key: EffortKey;
  /** What was measured: W (best 20 min), bpm (best 20 min, or held 10 s), m/s (best 30 min, or CSS). */
  readonly value: number;
  readonly sport: Sport;
  /** Seconds from the session start where the effort begins, and how long it lasted. */
  readonly startS: number;
  readonly durationS: number;
}

export interface SessionEfforts {
  readonly sessionId: string;
  readonly start: number;
  /** Local date of the session, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly efforts: readonly Effort[];
  /** Without samples: the summary's maximum HR when within bounds, the only HR there is to go on. */
  readonly summaryMaxHr: number | null;
}

export const FTP_WINDOW_S = 1200;
export const LTHR_WINDOW_S = 1200;
export const RUN_WINDOW_S = 1800;

/** Friel's threshold tests are 20-30 minute solo efforts riding or running; swim and paddle HR run lower. */
const HR_THRESHOLD_SPORTS: readonly Sport[] = ['cycling', 'running'];

/** The highest mean over `windowS` seconds with at most 5 % of them missing (NaN). */
export function bestSustained(values: Float32Array, windowS: number): { value: number; startS: number } | null {
  const allowed = Math.floor(windowS * WINDOW_MAX_MISSING);
  let sum = 0;
  let missing = 0;
  let best: { value: number; startS: number } | null = null;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (Number.isNaN(v)) missing++;
    else sum += v;
    if (k >= windowS) {
      const old = values[k - windowS]!;
      if (Number.isNaN(old)) missing--;
      else sum -= old;
    }
    if (k < windowS - 1 || missing > allowed) continue;
    const mean = sum / (windowS - missing);
    if (best === null || mean > best.value) best = { value: mean, startS: k - windowS + 1 };
  }
  return best;
}

/** The efforts of one stretch (the whole session, or a multisport leg: a triathlon's run power is not cycling FTP). */
function stretchEfforts(c: Channels, sport: Sport, fromS: number): Effort[] {
  const offset = Math.max(0, Math.round(fromS));
  const out: Effort[] = [];
  const add = (key: EffortKey, best: { value: number; startS: number } | null, durationS: number, max: number) => {
    if (best !== null && best.value <= max)
      out.push({ key, value: best.value, sport, startS: offset + best.startS, durationS });
  };
  if (c.power && sport === 'cycling') {
    // Coasting counts as zero power, as in the 20-minute test; a glitch above 2,000 W counts as zero too.
    const power = withinBounds(c.power, 0, POWER_SAMPLE_MAX_W);
    add('ftp', bestWindowMean(power, FTP_WINDOW_S, 'zero'), FTP_WINDOW_S, POWER_20MIN_MAX_W);
  }
  const hr = c.heartRate ? cleanHeartRate(c.heartRate) : null;
  if (hr) {
    if (HR_THRESHOLD_SPORTS.includes(sport))
      add('thresholdHr', bestSustained(hr, LTHR_WINDOW_S), LTHR_WINDOW_S, Infinity);
    add('maxHr', bestWindowMean(hr, MAX_HR_HELD_S, 'break'), MAX_HR_HELD_S, Infinity);
  }
  if (c.speed && sport === 'running') {
    const speed = withinBounds(c.speed, 0, RUN_SAMPLE_MAX_MS);
    add('thresholdRunSpeed', bestSustained(speed, RUN_WINDOW_S), RUN_WINDOW_S, RUN_30MIN_MAX_MS);
  }
  return out;
}

/** Swim CSS = (400 - 200) / (t400 - t200) from the fastest 200 m and 400 m of the swim (Swim Smooth's test). */
function swimEffort(session: Session, streams: Streams): Effort | null {
  if (session.sport !== 'swimming' || !streams.distance) return null;
  const [e200, e400] = bestEffortsByDistance(streams.time, streams.distance, [200, 400]);
  if (!e200 || !e400 || e400.seconds < SWIM_400_MIN_S || e400.seconds <= e200.seconds) return null;
  const css = 200 / (e400.seconds - e200.seconds);
  if (css > SWIM_CSS_MAX_MS) return null;
  return {
    key: 'swimCss',
    value: css,
    sport: 'swimming',
    startS: Math.round(e400.startS),
    durationS: Math.round(e400.seconds),
  };
}

/**
 * One session's efforts: the best of each kind across its legs. `channels` are the legs' channels when already
 * worked out (stretchChannels).
 */
export function sessionEfforts(
  session: Session,
  streams: Streams | undefined = session.streams,
  channels?: readonly Channels[],
): SessionEfforts {
  const date = dayToIsoDate(dayNumber(session.start, session.utcOffsetS));
  if (!streams || streams.time.length === 0) {
    const summaryMaxHr = session.maxHr !== null && session.maxHr <= HR_MAX_BPM ? session.maxHr : null;
    return { sessionId: session.id, start: session.start, date, efforts: [], summaryMaxHr };
  }
  const all = (channels ?? stretchChannels(session, streams)).flatMap((c, i) => {
    const leg = session.legs[i];
    return leg === undefined
      ? stretchEfforts(c, session.sport, 0)
      : stretchEfforts(c, leg.sport, (leg.start - session.start) / 1000);
  });
  const swim = swimEffort(session, streams);
  if (swim) all.push(swim);
  const best = new Map<EffortKey, Effort>();
  for (const e of all) if ((best.get(e.key)?.value ?? -Infinity) < e.value) best.set(e.key, e);
  return { sessionId: session.id, start: session.start, date, efforts: [...best.values()], summaryMaxHr: null };
}
